import type { ContentCourse, ContentLesson, ContentLessonText } from "./types.ts";

/** Guidelines for mentees, shown to staff looking for a mentor in MentorNet. */
export const menteeGuidelines: ContentLesson = {
  kind: "READING",
  title: "Guidelines for mentees",
  required: true,
  body: `## Mentoring is yours to drive

In our mentoring programme, you choose your mentor and you set the agenda. Your mentor brings experience, questions and a different view of the organisation; you bring the goals, the effort and the follow-through. These guidelines will help you get the most from the relationship.

## Choosing a mentor

- Start with what you want to develop, not with the most senior name you can find. A mentor two grades above you, or in another sector or duty station, may be more useful than a director.
- Read mentors' profiles in MentorNet: their experience, what they offer, their languages and how much time they have.
- Consider someone outside your reporting line. Mentoring works best when there is no performance appraisal between you.
- Send a short, specific request: who you are, what you hope to work on and why you chose them.

## Preparing for meetings

- Agree a rhythm that works for both of you, for example an hour every three or four weeks, in person or by video.
- Before each meeting, send a few lines: what has happened since last time, and what you would like to discuss.
- Bring real situations: a difficult conversation, a career decision, a piece of work you are unsure about.
- After the meeting, note what you will do next and when.

## Owning your goals

Your mentor will not manage your development for you. Set one to three goals in the first meetings, review them regularly and change them if your situation changes. If you agreed to try something, do it, or explain what got in the way.

## Respecting time and confidentiality

Mentors volunteer alongside a full workload. Be on time, give notice if you need to reschedule, and keep to the agreed length. What your mentor shares about their own experience is confidential, just as your conversations are.

## Giving feedback

Tell your mentor what is helping and what is not. "I find it most useful when you ask me questions rather than tell me what you would do" is valuable information. Mentors welcome it, and the relationship improves.

## Asking for a rematch

Sometimes a pairing does not work: your goals change, schedules never align or the conversation simply does not flow. That is nobody's fault. Thank your mentor, close the relationship politely and ask the programme team in learning and development for a rematch. You can also choose a new mentor in MentorNet once the first pairing is closed.`,
};

/**
 * The mentee guidelines in French and Chinese (a lesson shown outside any course, so its other languages sit here rather
 * than in a course's `translations`).
 */
export const menteeGuidelinesText: Partial<Record<"fr" | "zh", ContentLessonText>> = {
  fr: {
    title: "Conseils aux mentorés",
    body: `## Le mentorat, c’est vous qui le pilotez

Dans notre programme de mentorat, c’est vous qui choisissez votre mentor et qui fixez l’ordre du jour. Votre mentor apporte son expérience, ses questions et un autre regard sur l’Organisation ; vous apportez les objectifs, l’effort et le suivi. Ces conseils vous aideront à tirer le meilleur parti de la relation.

## Choisir un mentor

- Partez de ce que vous voulez développer, et non du nom le plus haut placé que vous puissiez trouver. Un mentor de deux classes au-dessus de la vôtre, ou issu d’un autre secteur ou d’un autre lieu d’affectation, peut vous être plus utile qu’un directeur.
- Lisez les profils des mentors dans MentorNet : leur expérience, ce qu’ils proposent, leurs langues et le temps dont ils disposent.
- Pensez à quelqu’un qui n’appartient pas à votre chaîne hiérarchique. Le mentorat fonctionne mieux quand aucune évaluation de la performance ne vous lie.
- Envoyez une demande courte et précise : qui vous êtes, sur quoi vous aimeriez travailler et pourquoi vous avez choisi cette personne.

## Préparer les rencontres

- Convenez d’un rythme qui vous convient à tous les deux, par exemple une heure toutes les trois ou quatre semaines, en personne ou par vidéo.
- Avant chaque rencontre, envoyez quelques lignes : ce qui s’est passé depuis la dernière fois et ce dont vous aimeriez parler.
- Apportez des situations réelles : une conversation difficile, une décision de carrière, un travail sur lequel vous avez des doutes.
- Après la rencontre, notez ce que vous allez faire ensuite, et quand.

## Prendre vos objectifs en main

Votre mentor ne pilotera pas votre développement à votre place. Fixez-vous un à trois objectifs lors des premières rencontres, faites-en régulièrement le point et adaptez-les si votre situation change. Si vous avez convenu d’essayer quelque chose, faites-le, ou expliquez ce qui vous en a empêché.

## Respecter le temps et la confidentialité

Les mentors sont bénévoles et s’engagent en plus d’une charge de travail complète. Soyez ponctuel, prévenez si vous devez reporter une rencontre et respectez la durée convenue. Ce que votre mentor vous confie de sa propre expérience est confidentiel, tout comme vos échanges.

## Faire part de vos retours

Dites à votre mentor ce qui vous aide et ce qui ne vous aide pas. « Je trouve plus utile que vous me posiez des questions plutôt que de me dire ce que vous feriez à ma place » : voilà une information précieuse. Les mentors l’apprécient, et la relation s’en trouve améliorée.

## Demander un nouvel appariement

Il arrive qu’un binôme ne fonctionne pas : vos objectifs changent, vos agendas ne concordent jamais ou le courant ne passe tout simplement pas. Ce n’est la faute de personne. Remerciez votre mentor, mettez fin à la relation avec courtoisie et demandez un nouvel appariement à l’équipe du programme de mentorat, au sein de l’équipe Apprentissage et développement (L&D). Vous pouvez aussi choisir un nouveau mentor dans MentorNet une fois le premier binôme clôturé.`,
  },
  zh: {
    title: "被指导者须知",
    body: `## 导师辅导由您主导

在我们的导师辅导项目中，由您选择导师、确定议程。导师带来经验、问题以及看待本组织的不同视角；您则负责提出目标、付出努力并落实跟进。以下指引将帮助您从这段关系中获得最大收益。

## 选择导师

- 从您希望提升的方面出发，而不是去找职位最高的人。比您高两个职等的导师，或来自其他业务领域、其他工作地点的导师，可能比一位司长更能帮到您。
- 在MentorNet中阅读导师的简介：他们的经验、能提供的帮助、使用的语言以及可投入的时间。
- 考虑选择汇报线以外的人。双方之间没有绩效考评关系时，导师辅导的效果最好。
- 发送一份简短而具体的请求：介绍您是谁、希望在哪些方面努力，以及为什么选择这位导师。

## 为会面做准备

- 商定一个双方都合适的节奏，例如每三四周见面一小时，可以当面，也可以通过视频。
- 每次会面前，发几句话说明上次会面以来的进展，以及这次想讨论的内容。
- 带上真实的情境：一次艰难的谈话、一个职业抉择、一项您没有把握的工作。
- 会面结束后，记下下一步要做什么、何时完成。

## 对自己的目标负责

导师不会替您管理个人发展。请在最初几次会面中确定一到三个目标，定期回顾，并在情况变化时加以调整。答应尝试的事情就去做；如果没有做到，请说明原因。

## 尊重时间，遵守保密

导师是在繁忙的工作之余自愿付出时间。请准时赴约，如需改期请提前告知，并遵守约定的时长。导师分享的个人经历需要保密，正如你们之间的谈话一样。

## 提供反馈

告诉导师哪些做法对您有帮助，哪些没有。“比起告诉我您会怎么做，您向我提问对我更有帮助”就是很有价值的信息。导师欢迎这样的反馈，双方关系也会因此改善。

## 申请重新匹配

有时结对并不顺利：您的目标变了，双方时间总是对不上，或者就是谈不到一起。这不是任何人的错。请感谢导师，礼貌地结束这段关系，并向学习与发展（L&D）部门的导师辅导项目团队申请重新匹配。第一段结对结束后，您也可以在MentorNet中自行选择新的导师。`,
  },
};

/** The course a staff member completes before being listed as a mentor in MentorNet. */
export const mentoringEssentials: ContentCourse = {
  code: "MENTOR",
  title: "Mentoring essentials",
  summary:
    "Prepares you to mentor a colleague: your role, the first meeting and mentoring agreement, listening and asking powerful questions, goals, confidentiality and boundaries, and closing well. Complete it to be listed as a mentor in MentorNet.",
  categoryCode: "LEAD",
  mode: "ONLINE",
  trainingDays: "0.25",
  languages: ["en"],
  validityMonths: null,
  mandatory: false,
  translations: {
    fr: {
      title: "L’essentiel du mentorat",
      summary:
        "Vous prépare à accompagner un collègue en tant que mentor : votre rôle, la première rencontre et l’accord de mentorat, l’écoute et les questions qui font réfléchir, les objectifs, la confidentialité et les limites, et une clôture réussie. Suivez-le pour figurer parmi les mentors de MentorNet.",
    },
    zh: {
      title: "导师入门",
      summary:
        "帮助您做好担任同事导师的准备：导师的角色、首次会面与导师协议、倾听与提出有力的问题、目标设定、保密与界限，以及如何圆满结束结对。完成本课程后，即可在MentorNet中列为导师。",
    },
  },
  lessons: [
    {
      kind: "READING",
      title: "The mentor's role",
      required: true,
      body: `## What a mentor is

A mentor is an experienced colleague who helps another colleague, the mentee, grow in their work and career by sharing perspective, asking good questions and offering encouragement. Mentoring is voluntary, confidential and separate from the reporting line and performance appraisal.

Our mentoring pilots showed that the relationship works best when the mentee chooses the mentor and leads the agenda. Your job is not to solve the mentee's problems but to help them think more clearly and act more confidently.

## What a mentor does

- **Listens** more than they talk.
- **Asks questions** that help the mentee see their situation from new angles.
- **Shares experience** when it is useful, including mistakes and what they learned.
- **Opens doors** where appropriate, for example by suggesting people to talk to.
- **Challenges** kindly when the mentee is avoiding something or underestimating themselves.
- **Encourages** and notices progress.

## What a mentor is not

- **Not a manager.** You do not assign work, evaluate performance or take decisions for the mentee.
- **Not a sponsor by default.** You may choose to recommend the mentee, but that is not an expectation.
- **Not a counsellor or coach.** If personal difficulties come up that need professional help, you point the mentee to the staff counsellor or other services.
- **Not an advocate in disputes.** If the mentee is in conflict with their supervisor, you help them think about options, including the ombudsperson, rather than intervening yourself.

## Mentoring, coaching and managing

Coaching draws out the person's own answers through questions and is usually time-bound around specific goals. Managing is about getting the work done. Mentoring sits in between: it uses coaching skills, but the mentor also shares knowledge of the organisation, its culture and career paths.

## What you gain

Mentors regularly report that they learn as much as their mentees: fresh views of the organisation, practice in listening and asking questions, and the satisfaction of seeing someone progress.

## Key points

- The mentee leads; you support.
- Listen, ask, share, encourage.
- Stay outside management and appraisal, and refer to professional services when needed.`,
    },
    {
      kind: "READING",
      title: "The first meeting and the mentoring agreement",
      required: true,
      body: `## Why the first meeting matters

The first meeting sets the tone of the whole relationship. Its aims are to get to know each other, to understand what the mentee hopes for and to agree how you will work together.

## Before the meeting

- Re-read the mentee's request and their profile.
- Think about what you can realistically offer, and how much time you have.
- Choose a setting where you can talk freely: a quiet room, or a video call with cameras on and no one else listening.

## During the meeting

- **Introduce yourselves** beyond job titles: career paths, what you enjoy, what you find hard.
- **Explore expectations**: what does the mentee want to be different at the end? What do they expect from you?
- **Agree practicalities**: how often you will meet, for how long, how, and what happens if a meeting must be moved.
- **Agree the duration.** The programme is flexible: pairs can agree on **3, 6, 9 or 12 months**. A focused goal, such as preparing for an interview or a first management role, may need three months; a broader career question may need nine or twelve. You can extend or close early by agreement.
- **Discuss confidentiality** and its limits (see the lesson on confidentiality and boundaries).

## The mentoring agreement

Record what you agreed in a short mentoring agreement. In Pathway, the pairing page has a space for it. It should cover:

- the mentee's initial goals, in their words;
- the duration, frequency and format of meetings;
- how you will contact each other between meetings, if at all;
- confidentiality and its limits;
- how either of you can raise a concern or end the relationship.

The agreement is not a contract. It is a reference you can both return to, especially at the mid-point review.

## Scenario

Olga, a P4 in Geneva, is chosen as mentor by Samuel, a G6 in the Singapore office who wants to move into a Professional post. In their first video call they agree to meet monthly for six months, with a review after three. Samuel writes up the agreement and shares it; Olga adds a line about time-zone-friendly meeting slots.

## Key points

- Use the first meeting to build trust and clarify expectations.
- Choose a duration that fits the goal: 3, 6, 9 or 12 months.
- Write a short agreement and revisit it.`,
    },
    {
      kind: "READING",
      title: "Active listening and powerful questions",
      required: true,
      body: `## Listening to understand

Most of us listen in order to reply. Active listening means listening in order to understand, and letting the other person see that you have. It is the single most important skill for a mentor.

- **Give full attention.** Close your email and put your phone away. In video calls, look at the camera and avoid multitasking.
- **Allow silence.** A pause often means the mentee is thinking. Count to five before filling it.
- **Reflect back.** "So what I'm hearing is that the role appeals to you, but you're worried about the travel. Is that right?"
- **Notice more than words**: energy, hesitation, what is repeated and what is avoided.
- **Hold back your own story** until it is clearly useful. "When I was in your position…" can shift the focus to you.

## Powerful questions

Powerful questions are open, short and focused on the mentee's thinking. They cannot be answered with yes or no, and they do not contain a hidden suggestion.

Instead of "Have you thought about talking to your manager?", try "Who could help you with this?"

Useful questions for different stages:

- **Exploring**: "What is happening at the moment?" "What matters most to you here?"
- **Clarifying**: "What do you mean by 'visibility'?" "How would you know you had succeeded?"
- **Widening options**: "What else could you do?" "What would you try if you knew it couldn't fail?"
- **Moving to action**: "What is one step you could take this week?" "What might get in the way?"
- **Reflecting**: "What have you learned from this?" "What would you do differently?"

## Advice: when and how

There is a place for advice, especially about how the organisation works. Offer it after the mentee has explored their own ideas, present it as one option among several, and let them decide: "One thing that worked for me was… How does that fit your situation?"

## Across languages and cultures

Many pairs work in a second or third language, and across duty stations. Check understanding more often, avoid idioms, and be aware that directness, silence and disagreement with a more senior person are read differently in different cultures.

## Key points

- Listen to understand, and show that you have.
- Ask short, open questions without hidden advice.
- Offer advice last, as an option, not an instruction.`,
    },
    {
      kind: "READING",
      title: "Setting and reviewing goals",
      required: true,
      body: `## Why goals help

Without goals, mentoring conversations can become pleasant chats that change little. Clear goals give each meeting a purpose and let both of you see progress. The goals belong to the mentee; your role is to help make them clear and realistic.

## From wishes to goals

Mentees often arrive with broad wishes: "I want to progress", "I want more visibility", "I want a better work-life balance". Help turn them into goals that are:

- **Specific**: what exactly will be different?
- **Measurable**: how will you both know it has happened?
- **Achievable**: within the mentee's influence and the time agreed.
- **Relevant**: connected to what really matters to them.
- **Time-bound**: by when?

For example, "I want more visibility" might become "By the end of our six months, I will have presented our unit's work at two cross-sector meetings and asked for feedback after each."

## Development goals in an international organisation

Common themes include preparing for a competitive selection, moving from General Service to Professional work, building expertise in a new field, leading a team for the first time, returning from leave, working in an external office, or balancing family and an international career. Point the mentee to learning that may help, such as courses in Pathway, coaching, or programmes for women preparing for leadership.

## Keeping goals alive

- Start each meeting by asking what has happened since last time.
- End each meeting with one or two concrete actions, agreed by the mentee.
- Hold a **mid-point review**: are the goals still right? Is the rhythm working? Adjust the agreement if needed.
- Celebrate progress, however small.

## When goals change

Goals often change as the mentee learns. That is a sign of success, not failure. Record the new goal and, if it needs more time, agree to extend the duration.

## Key points

- The mentee owns the goals; you help make them clear.
- Turn broad wishes into specific, time-bound goals.
- Review at every meeting and at the mid-point.`,
    },
    {
      kind: "READING",
      title: "Confidentiality and boundaries",
      required: true,
      body: `## Confidentiality builds trust

Mentees will only speak openly if they trust that what they say stays between you. As a rule, do not share what a mentee tells you with their manager, colleagues or anyone else, and do not use it in selection processes or appraisals. The same applies to the mentee: your own experiences shared in confidence stay confidential.

## The limits of confidentiality

Confidentiality is not absolute. Explain the limits in your first meeting, so that nobody is surprised later. You may need to act, ideally after telling the mentee, when:

- there is a risk of serious harm to the mentee or to others;
- you learn of serious misconduct, such as fraud or sexual exploitation, that staff are required to report.

If in doubt, you can seek confidential advice from the ethics office or the ombudsperson without naming the mentee.

## Boundaries

Clear boundaries protect both of you and keep the relationship professional.

- **Role boundaries**: you are not the mentee's manager, therapist or advocate. If the mentee needs professional support, refer them to the staff counsellor, HR or the ombudsperson.
- **Time boundaries**: agree how often and how long you meet and whether you are available between meetings. It is fine to say, "I can't take calls in the evening, but I'll reply to messages within two working days."
- **Decision boundaries**: do not intervene in selection processes or decisions that involve your mentee. If you sit on a panel for a post your mentee applies to, declare it and step aside.
- **Personal boundaries**: mentoring relationships can become friendly, but keep the focus on the mentee's development. Avoid financial dealings and anything that could be seen as favouritism.

## Power and respect

Mentors are often more senior. Be aware of this, and make it easy for the mentee to disagree, decline a suggestion or end the relationship. Any behaviour that could be seen as harassment or abuse of authority is as unacceptable in mentoring as anywhere else.

## Scenario

During a session, Hana mentions that her supervisor regularly asks her to backdate documents. Her mentor, Pierre, listens, explains that this may need to be reported and talks her through the options, including the internal oversight function and the ethics office. He offers to go with her to seek advice.

## Key points

- Keep what you hear confidential, and explain its limits at the start.
- Refer, do not rescue: use professional services.
- Stay out of decisions that affect your mentee.`,
    },
    {
      kind: "READING",
      title: "Closing well",
      required: true,
      body: `## Every pairing ends

Mentoring relationships are time-bound by design. Whether the agreed 3, 6, 9 or 12 months are up, the goals have been met, or the pairing is not working, a good ending matters as much as a good start. It helps the mentee consolidate what they have learned and leaves the door open for future contact.

## Signs it is time to close

- The agreed period has ended and the goals have been met or reframed.
- Meetings have become social rather than purposeful.
- The mentee now has other sources of support better suited to their needs.
- Either of you no longer has the time or commitment the relationship needs.
- The match is not working, despite an honest conversation about it.

## The closing conversation

Plan a final meeting for the purpose. Useful questions:

- "Looking back at the goals we set, what has changed?"
- "What are you most proud of?"
- "What will you keep doing after we stop meeting?"
- "What support will you look for next?"
- "What did you find most and least useful in our sessions?"

Share your own reflections: what you noticed about the mentee's growth and what you learned yourself.

## After the final meeting

- **Close the pairing in Pathway** and complete the short feedback form. Feedback helps the learning and development team improve the programme.
- Agree whether and how you will stay in touch. An occasional catch-up is welcome; ongoing regular meetings would need a new agreement.
- If the pairing ended early because it did not work, reassure the mentee that asking for a rematch is normal.
- Decide whether you are ready to mentor again, and update your availability in MentorNet.

## Ending early

If a pairing is not working, say so kindly and early. "I'm not sure our meetings are giving you what you need. Shall we talk about what would help, or whether another mentor would be a better fit?" Ending early with care is far better than letting meetings fade away.

## Key points

- Plan the ending; do not let it drift.
- Review goals, celebrate progress and exchange feedback.
- Close the pairing in Pathway and update your availability.`,
    },
    {
      kind: "READING",
      title: "Mentor guidelines",
      required: true,
      body: `## Commitments for mentors listed in MentorNet

These guidelines summarise what the organisation and your mentees can expect from you. By completing this course and asking to be listed in MentorNet, you agree to follow them.

## Before you are listed

- Keep your MentorNet profile accurate and current: your experience, what you can offer, your languages, your duty station and how many mentees you can take at once (normally no more than two).
- Set your availability to "not available" when you cannot take a new mentee, for example during a heavy workload, a long mission or extended leave.
- Tell your supervisor that you are mentoring. Mentoring is a recognised development activity, and a few hours a month is a reasonable commitment.

## When you receive a request

- Reply within five working days, whether you accept or not.
- Accept only if you have the time and no conflict of interest, such as being the mentee's supervisor or second-level supervisor, or sitting on a selection panel for a post they are seeking.
- If you decline, do so kindly, and suggest another mentor if you can.

## During the pairing

- Hold a first meeting within three weeks of accepting, and record a mentoring agreement, including the chosen duration of 3, 6, 9 or 12 months.
- Let the mentee lead the agenda, and keep the focus on their goals.
- Keep conversations confidential within the limits explained in this course.
- Be reliable: keep appointments, give notice of changes and follow up on what you promised.
- Use coaching skills: listen actively, ask open questions, offer advice sparingly.
- Refer the mentee to professional services, such as the staff counsellor, HR or the ombudsperson, where their needs go beyond mentoring.
- Treat your mentee with respect at all times, and be mindful of any difference in grade or seniority.

## Ending the pairing

- Hold a review at the mid-point and a closing conversation at the end.
- Close the pairing in Pathway and complete the feedback form.
- If you have a concern about the relationship at any time, contact the mentoring programme team in learning and development.

## Learning as a mentor

Take part in mentor exchange sessions when they are offered, and consider further training in coaching skills. Good mentors keep learning.`,
    },
    {
      kind: "ATTESTATION",
      title: "Your commitment as a mentor",
      required: true,
      statement:
        "I have read and understood the mentor guidelines. I will let my mentees lead their own development, respect confidentiality and boundaries, keep my MentorNet profile and availability up to date, and close each pairing properly.",
    },
    {
      kind: "QUIZ",
      title: "Check your understanding",
      passMark: 80,
      shuffle: true,
      required: true,
      questions: [
        {
          prompt: "Who should lead the agenda in a mentoring relationship?",
          kind: "SINGLE",
          explanation:
            "The mentee chooses the mentor and leads the agenda; the mentor supports their thinking and development.",
          options: [
            { text: "The mentor, because they are more experienced", correct: false },
            { text: "The mentee", correct: true },
            { text: "The mentee's supervisor", correct: false },
            { text: "The learning and development team", correct: false },
          ],
        },
        {
          prompt: "Which of these are part of a mentor's role? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Mentors listen, ask questions, share experience and encourage. They do not assign work or evaluate the mentee's performance.",
          options: [
            { text: "Listening and asking questions that help the mentee think", correct: true },
            { text: "Sharing relevant experience, including mistakes", correct: true },
            { text: "Contributing to the mentee's performance appraisal", correct: false },
            { text: "Assigning tasks to the mentee", correct: false },
          ],
        },
        {
          prompt: "Which durations can a mentoring pair agree in the programme?",
          kind: "SINGLE",
          explanation:
            "The programme offers flexible durations of 3, 6, 9 or 12 months, chosen to fit the mentee's goals, and can be extended or ended early by agreement.",
          options: [
            { text: "Only 12 months", correct: false },
            { text: "3, 6, 9 or 12 months", correct: true },
            { text: "Exactly nine months for everyone", correct: false },
            { text: "No fixed duration is ever agreed", correct: false },
          ],
        },
        {
          prompt: "Which of these are open, powerful questions? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Powerful questions are short, open and free of hidden advice. \"Have you thought about asking your manager?\" is a suggestion disguised as a question and can be answered with yes or no.",
          options: [
            { text: "What would success look like for you?", correct: true },
            { text: "What else could you try?", correct: true },
            { text: "Have you thought about asking your manager?", correct: false },
            { text: "Don't you think you should apply?", correct: false },
          ],
        },
        {
          prompt: "What should a mentoring agreement include? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "The agreement records the mentee's goals, the duration and rhythm of meetings, confidentiality and its limits, and how either person can raise concerns or end the pairing. It is not a performance plan.",
          options: [
            { text: "The mentee's initial goals", correct: true },
            { text: "Duration, frequency and format of meetings", correct: true },
            { text: "Confidentiality and its limits", correct: true },
            { text: "Performance ratings for the mentee's appraisal", correct: false },
          ],
        },
        {
          prompt: "Your mentee tells you about serious misconduct that staff are required to report. What should you do?",
          kind: "SINGLE",
          explanation:
            "Confidentiality has limits, which should be explained at the first meeting. Talk the mentee through the reporting options and, ideally with their knowledge, make sure the matter is reported.",
          options: [
            { text: "Keep it to yourself, because mentoring is always confidential", correct: false },
            { text: "Tell the rest of your team so that they are careful", correct: false },
            { text: "Explain the limits of confidentiality and help make sure it is reported through the proper channels", correct: true },
            { text: "Investigate the matter yourself", correct: false },
          ],
        },
        {
          prompt: "You are asked to sit on a selection panel for a post your mentee has applied for. What should you do?",
          kind: "SINGLE",
          explanation:
            "This is a conflict of interest. Declare it and step aside from the panel.",
          options: [
            { text: "Accept and score your mentee fairly", correct: false },
            { text: "Declare the conflict of interest and step aside", correct: true },
            { text: "Accept, but do not tell anyone about the mentoring relationship", correct: false },
            { text: "End the mentoring relationship so that you can sit on the panel", correct: false },
          ],
        },
        {
          prompt: "Which are good practices when closing a mentoring relationship? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Plan a closing conversation, review goals and exchange feedback, then close the pairing in Pathway and update your availability. Letting meetings simply fade away is not a good ending.",
          options: [
            { text: "Hold a final conversation to review goals and progress", correct: true },
            { text: "Close the pairing in Pathway and complete the feedback form", correct: true },
            { text: "Update your availability in MentorNet", correct: true },
            { text: "Stop replying to messages so that meetings fade away", correct: false },
          ],
        },
      ],
    },
  ],
};
