import "server-only";
import { z } from "zod";
import { router, protectedProcedure } from "~/server/api/trpc";
import { AttestInput, CatalogueFilter, CompleteLessonInput, StartCourseInput, StartQuizInput, SubmitQuizInput } from "~/lib/schemas/courses";
import { listCatalogue } from "~/server/courses/catalogue";
import { attestLesson, completeLesson, startCourse } from "~/server/courses/player";
import { startQuizAttempt, submitQuiz } from "~/server/courses/quiz-attempts";

/** The learner's side: the catalogue and the steps of the course player (always on the caller's own progress). */
export const coursesRouter = router({
  catalogue: protectedProcedure.input(CatalogueFilter.default({})).query(({ ctx, input }) => listCatalogue(ctx.actor, input)),
  start: protectedProcedure
    .input(StartCourseInput.extend({ retake: z.boolean().default(false) }))
    .mutation(({ ctx, input }) => startCourse(ctx.actor, input.courseId, { retake: input.retake })),
  completeLesson: protectedProcedure.input(CompleteLessonInput).mutation(({ ctx, input }) => completeLesson(ctx.actor, input.lessonId)),
  attest: protectedProcedure.input(AttestInput).mutation(({ ctx, input }) => attestLesson(ctx.actor, input.lessonId)),
  startQuiz: protectedProcedure.input(StartQuizInput).mutation(({ ctx, input }) => startQuizAttempt(ctx.actor, input.lessonId)),
  submitQuiz: protectedProcedure.input(SubmitQuizInput).mutation(({ ctx, input }) => submitQuiz(ctx.actor, input)),
});
