import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import {
  AddLessonInput,
  CourseIdInput,
  CreateCourseInput,
  GrantAttemptInput,
  LessonIdInput,
  MoveInput,
  PreviewQuizInput,
  QuestionIdInput,
  SaveCourseTranslationInput,
  SaveQuestionInput,
  SetCourseLanguageInput,
  UpdateCourseInput,
  UpdateLessonInput,
} from "~/lib/schemas/courses";
import {
  addLesson,
  createCourse,
  deleteLesson,
  deleteQuestion,
  discardDraft,
  listCoursesForAdmin,
  moveLesson,
  moveQuestion,
  openDraft,
  previewQuiz,
  publishDraft,
  saveQuestion,
  setCourseRetired,
  updateCourse,
  updateLesson,
} from "~/server/courses/authoring";
import { grantAttempt } from "~/server/courses/attempt-grants";
import { saveCourseTranslation, setCourseLanguage } from "~/server/courses/translations";

/** L&D authoring: courses, versions, lessons, questions, preview. Roles in permissions.ts. */
export const courseAuthoringRouter = router({
  list: protectedProcedure.query(() => listCoursesForAdmin()),
  create: protectedProcedure.input(CreateCourseInput).mutation(({ ctx, input }) => createCourse(ctx.actor, input)),
  update: protectedProcedure.input(UpdateCourseInput).mutation(({ ctx, input }) => updateCourse(ctx.actor, input)),
  openDraft: protectedProcedure.input(CourseIdInput).mutation(({ ctx, input }) => openDraft(ctx.actor, input.id)),
  publish: protectedProcedure.input(CourseIdInput).mutation(({ ctx, input }) => publishDraft(ctx.actor, input.id)),
  discardDraft: protectedProcedure.input(CourseIdInput).mutation(({ ctx, input }) => discardDraft(ctx.actor, input.id)),
  retire: protectedProcedure.input(CourseIdInput).mutation(({ ctx, input }) => setCourseRetired(ctx.actor, input.id, true)),
  restore: protectedProcedure.input(CourseIdInput).mutation(({ ctx, input }) => setCourseRetired(ctx.actor, input.id, false)),
  addLesson: protectedProcedure.input(AddLessonInput).mutation(({ ctx, input }) => addLesson(ctx.actor, input)),
  updateLesson: protectedProcedure.input(UpdateLessonInput).mutation(({ ctx, input }) => updateLesson(ctx.actor, input)),
  deleteLesson: protectedProcedure.input(LessonIdInput).mutation(({ ctx, input }) => deleteLesson(ctx.actor, input.lessonId)),
  moveLesson: protectedProcedure.input(MoveInput).mutation(({ ctx, input }) => moveLesson(ctx.actor, input)),
  saveQuestion: protectedProcedure.input(SaveQuestionInput).mutation(({ ctx, input }) => saveQuestion(ctx.actor, input)),
  deleteQuestion: protectedProcedure.input(QuestionIdInput).mutation(({ ctx, input }) => deleteQuestion(ctx.actor, input.questionId)),
  moveQuestion: protectedProcedure.input(MoveInput).mutation(({ ctx, input }) => moveQuestion(ctx.actor, input)),
  grantAttempt: protectedProcedure.input(GrantAttemptInput).mutation(({ ctx, input }) => grantAttempt(ctx.actor, input)),
  previewQuiz: protectedProcedure.input(PreviewQuizInput).mutation(({ input }) => previewQuiz(input.lessonId, input.answers)),
  setLanguage: protectedProcedure.input(SetCourseLanguageInput).mutation(({ ctx, input }) => setCourseLanguage(ctx.actor, input)),
  saveTranslation: protectedProcedure.input(SaveCourseTranslationInput).mutation(({ ctx, input }) => saveCourseTranslation(ctx.actor, input)),
});
