import { MANDATORY_QUIZ_RULES, type ContentCourse } from "./types.ts";
import { workingTogetherFr } from "./working-together.fr.ts";
import { workingTogetherZh } from "./working-together.zh.ts";

/** Mandatory online course on a respectful, harmonious and harassment-free workplace. */
export const workingTogether: ContentCourse = {
  code: "WT",
  title: "Working Together",
  summary:
    "What a respectful workplace looks like, how to recognise harassment, sexual harassment and abuse of authority, how to act as a bystander, and where to get help. Mandatory for all staff.",
  categoryCode: "ETHICS",
  mode: "ONLINE",
  trainingDays: "0.25",
  languages: ["en", "fr", "zh"],
  validityMonths: null,
  mandatory: true,
  quizRules: MANDATORY_QUIZ_RULES,
  lessons: [
    {
      kind: "READING",
      title: "A respectful workplace",
      required: true,
      body: `## Why this matters

Our staff come from more than 120 member states and work in Geneva and in external offices across several continents. That mix of languages, cultures and experience is one of our strengths, but only if everyone can do their best work without fear of being belittled, excluded or intimidated.

Every member of staff, whatever their grade or contract, has the right to be treated with dignity. Every member of staff also has a duty to treat others that way. Managers carry an extra responsibility: they set the tone for their teams and must act when they see or hear of a problem.

## What respect looks like day to day

Respect is mostly about ordinary behaviour, repeated every day:

- **Courtesy**: greeting colleagues, listening without interrupting, answering messages within a reasonable time.
- **Fairness**: sharing information and opportunities openly, giving credit where it is due, applying the same rules to everyone.
- **Inclusion**: inviting quieter colleagues and remote participants to speak, choosing a shared working language, avoiding jokes that rely on stereotypes.
- **Constructive disagreement**: challenging ideas, not people; giving feedback in private and with specific examples.

## Culture, intent and impact

What feels like friendly teasing in one culture can feel humiliating in another. When someone tells you that a remark or behaviour upset them, the useful question is not "Did I mean it?" but "What effect did it have?" Intent matters, but impact is what the other person lives with. A simple apology and a change of behaviour resolve most misunderstandings before they grow.

## A short scenario

Amira, a new P3 officer in an external office, notices that team meetings in Geneva always start before she has joined the call, and that decisions are taken in corridor conversations she cannot hear. Nobody means to exclude her, but the effect is that her work is often redone without explanation.

Her manager, once she raises it, agrees a few simple changes: meetings start only when all participants are connected, decisions are recorded in writing, and the agenda rotates so that each office leads in turn. Nothing here is misconduct, but left unaddressed it could easily have become a grievance.

## Key points

- Dignity at work is a right and a shared responsibility.
- Small, everyday behaviours build or damage trust.
- Focus on the impact of behaviour, not only on the intention behind it.`,
    },
    {
      kind: "READING",
      title: "Recognising harassment and sexual harassment",
      required: true,
      body: `## Harassment

**Harassment** is any improper and unwelcome conduct that might reasonably be expected or be perceived to cause offence or humiliation to another person. It can be a single serious incident or a pattern of smaller ones. It can be spoken, written, physical or online, and it can happen in the office, on mission, at a social event or in a chat channel.

Examples include:

- shouting at, insulting or publicly humiliating a colleague;
- spreading rumours or deliberately isolating someone from the team;
- offensive comments or "jokes" about a person's nationality, race, religion, gender, sexual orientation, age or disability;
- threats or intimidation, including repeated messages outside working hours meant to pressure someone.

Harassment is judged by what a reasonable person would see as offensive or humiliating, not only by how the person responsible sees it. Ordinary management actions, such as assigning work, giving honest feedback on performance or refusing a request for good reasons, are not harassment when they are done fairly and respectfully.

## Sexual harassment

**Sexual harassment** is any unwelcome conduct of a sexual nature that might reasonably be expected or be perceived to cause offence or humiliation, especially when it interferes with work, is made a condition of employment or creates an intimidating, hostile or offensive environment. It can involve people of any gender, and the person responsible does not need to be more senior.

Examples include:

- unwanted touching, hugging or standing too close;
- comments about someone's body, appearance or private life;
- repeated requests for dates after a clear "no";
- sharing sexual images, messages or links;
- suggesting that a contract extension, a good appraisal or a mission depends on a personal or sexual relationship.

## A short scenario

During a conference abroad, a senior colleague repeatedly sends Daniel, a consultant, messages late at night inviting him to his hotel room "to discuss the report". Daniel declines each time and starts to avoid meetings where the colleague will be present.

This behaviour is likely to be sexual harassment: it is sexual in nature, unwelcome, repeated after refusal and is already affecting Daniel's work. It does not matter that it happened outside office hours or away from the duty station; it arose in connection with work.

## Key points

- What counts is whether the conduct is unwelcome and whether a reasonable person would find it offensive or humiliating.
- Harassment can be one serious act or a series of smaller ones, in person or online.
- Sexual harassment is never acceptable, whatever the grade, gender or contract of the people involved.`,
    },
    {
      kind: "READING",
      title: "Abuse of authority and discrimination",
      required: true,
      body: `## Abuse of authority

**Abuse of authority** is the improper use of a position of influence, power or authority against another person. It is most often associated with supervisors, but anyone who controls something another person needs, such as a selection panel member, a budget holder or a colleague who approves travel, can abuse that position.

It includes using influence to:

- affect someone's career, contract, appraisal or assignments unfairly;
- threaten, coerce or punish someone, for example for disagreeing or for raising a concern;
- obtain a personal favour, a gift or a sexual relationship;
- create a hostile working environment, for example through constant belittling in front of the team.

## Discrimination

**Discrimination** is unfair treatment or an arbitrary distinction based on a person's race, sex, gender identity, sexual orientation, religion, nationality, ethnic origin, disability, age, language, social origin or another such status. It may be direct, such as refusing to consider a candidate because of their nationality, or indirect, such as a rule that looks neutral but puts one group at a clear disadvantage without good reason.

## What is not abuse of authority

Managers must manage. Setting deadlines, redistributing work, addressing underperformance and making decisions that a staff member disagrees with are part of the job. They become a problem when they are done in bad faith, for an improper purpose, or in a demeaning way.

## A short scenario

Ravi, a P4 unit head, is annoyed that Lucia, a G5 assistant, reported a safety issue directly to facilities management instead of through him. Over the following months he stops copying her on team messages, gives her a poor appraisal without any earlier feedback and tells others she "cannot be trusted".

Each action on its own might have an explanation. Together, they suggest retaliation and abuse of authority: Ravi appears to be using his position to punish Lucia for a legitimate action. Lucia should keep a record of events and seek advice early (see the lesson on getting help).

## Key points

- Anyone who holds influence over another person can abuse it.
- Fair, respectful management decisions are not abuse, even when unwelcome.
- Discrimination can be direct or indirect and is prohibited whatever form it takes.
- Patterns matter: keep dated notes of what happens.`,
    },
    {
      kind: "READING",
      title: "Bystander action: what you can do",
      required: true,
      body: `## Why bystanders matter

Most harassment happens in front of other people, or other people hear about it soon afterwards. When colleagues stay silent, the person responsible concludes that the behaviour is acceptable and the person affected concludes that nobody will help. When even one colleague reacts, both of those messages change.

You do not have to confront anyone to make a difference. Choose an action that is safe for you and for the person affected.

## The five Ds

A simple way to remember your options:

- **Direct**: say something at the time, calmly and briefly. "That's not OK." "Let's keep this professional."
- **Distract**: interrupt the situation without naming it. Ask the person affected to help you with a document, change the subject, or start the next agenda item.
- **Delegate**: ask someone with more authority or the right role to step in, such as a supervisor, the meeting chair, or security if anyone is in danger.
- **Delay**: if you could not act at the time, check in with the person afterwards. "I saw what happened in the meeting. Are you all right? Is there anything you would like me to do?"
- **Document**: write down what you saw and heard, with dates and times, and give the notes to the person affected so that they can decide how to use them.

## Respect the wishes of the person affected

It is their situation. Offer support and information about the options in this course, but do not file a report on their behalf without discussing it with them, except where someone is in immediate danger or where you have a duty to report misconduct as a supervisor.

## A short scenario

In a video call, a director repeatedly talks over Mei, a junior colleague in the Beijing office, and finally says, "Let's hear from someone who actually understands the subject." Others look down at their screens.

Tomás, a peer, unmutes: "I'd like to hear the rest of Mei's point. Mei, you were talking about the cost figures?" After the call, he sends Mei a short message to check she is all right and notes down what was said, in case she wants to raise it later.

## Key points

- Silence is read as approval; a small reaction helps.
- Pick the safest of the five Ds for the situation.
- Support the person affected and let them lead on what happens next.`,
    },
    {
      kind: "READING",
      title: "Getting help and protection against retaliation",
      required: true,
      body: `## You have options

If you experience or witness unacceptable behaviour, you can choose the route that suits the situation. Options are not exclusive: you can start informally and move to a formal complaint later, subject to the time limits in the staff regulations and rules.

## Informal resolution

Many problems can be solved early and without a formal process.

- **Speak to the person**, if you feel safe doing so. Describe the behaviour, its effect and what you want to change.
- **Talk to your supervisor or a second-level manager**, who has a duty to act on what they learn.
- **Contact the ombudsperson.** The ombudsperson is independent, impartial and confidential. They listen, explain your options and can help with mediation or a facilitated conversation. They do not investigate and do not take sides.

## Confidential advice and support

- **The ethics office** gives confidential advice on standards of conduct, conflicts of interest and protection against retaliation.
- **The human resources business partner** for your sector can explain the rules, your rights and possible arrangements such as a temporary change in reporting lines.
- **The staff counsellor** offers confidential psychological support, whether or not you decide to take any other action. Staff in external offices can use the same service remotely.
- **The staff association** can accompany and advise you.

## Formal complaint

You can file a formal complaint of harassment, sexual harassment, abuse of authority or discrimination with the internal oversight function, which is responsible for investigations. A complaint should describe what happened, when, who was involved and who witnessed it. Investigations are conducted confidentially and fairly, and both the person complaining and the person accused are treated with respect and given due process. Where allegations are established, disciplinary measures can follow, up to dismissal.

## Protection against retaliation

Retaliation means any direct or indirect harmful action taken against someone because they reported misconduct in good faith or cooperated with an investigation or audit. It is itself misconduct. If you believe you are facing retaliation, contact the ethics office promptly: it can review your case and recommend interim protection measures.

## Scenario

Joanna feels that a colleague's comments about her religion have become constant. She is not sure she wants a formal process. She calls the ombudsperson, who helps her plan a conversation with the colleague. She also books sessions with the staff counsellor. The comments stop; she keeps her notes in case they start again.

## Key points

- Start where you feel comfortable; you can change route later.
- Seeking advice is confidential and is not the same as filing a complaint.
- Retaliation is prohibited and is taken seriously.`,
    },
    {
      kind: "ATTESTATION",
      title: "Your commitment",
      required: true,
      statement:
        "I have read and understood the standards of conduct described in this course. I will treat colleagues with dignity and respect, I will not engage in or tolerate harassment, sexual harassment, abuse of authority or discrimination, and I know where to seek help and how to report concerns.",
    },
    {
      kind: "QUIZ",
      title: "Check your understanding",
      passMark: 80,
      shuffle: true,
      // Each attempt draws 5 of the 15 questions: a retake meets mostly new questions.
      drawCount: 5,
      required: true,
      questions: [
        {
          prompt: "Which statement best describes how harassment is assessed?",
          kind: "SINGLE",
          explanation:
            "Harassment is judged by whether the conduct is unwelcome and whether a reasonable person would find it offensive or humiliating. The intention of the person responsible is not decisive.",
          options: [
            { text: "By whether the person responsible intended to cause offence", correct: false },
            { text: "By whether the conduct was unwelcome and a reasonable person would find it offensive or humiliating", correct: true },
            { text: "Only by whether it happened more than three times", correct: false },
            { text: "Only by whether it happened during working hours on the organisation's premises", correct: false },
          ],
        },
        {
          prompt: "Which of the following could be sexual harassment? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Unwanted sexual comments, sharing sexual images and linking career benefits to a personal relationship are all forms of sexual harassment. A professional compliment on the quality of someone's work is not.",
          options: [
            { text: "Repeated comments about a colleague's body", correct: true },
            { text: "Sending sexual images in a team chat", correct: true },
            { text: "Hinting that a contract extension depends on a private dinner", correct: true },
            { text: "Telling a colleague that their report was clear and well researched", correct: false },
          ],
        },
        {
          prompt: "A manager gives a staff member honest, specific feedback in private about missed deadlines. Is this abuse of authority?",
          kind: "SINGLE",
          explanation:
            "Managing performance fairly and respectfully is part of a manager's role. It becomes abuse of authority only when done in bad faith, for an improper purpose or in a demeaning way.",
          options: [
            { text: "Yes, any negative feedback from a manager is abuse of authority", correct: false },
            { text: "No, fair and respectful performance management is not abuse of authority", correct: true },
            { text: "Yes, because feedback must always be given in writing", correct: false },
            { text: "It depends only on whether the staff member agrees with the feedback", correct: false },
          ],
        },
        {
          prompt: "Who can commit abuse of authority? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Anyone who holds influence over something another person needs can abuse that position, not only line managers.",
          options: [
            { text: "A supervisor", correct: true },
            { text: "A member of a selection panel", correct: true },
            { text: "A colleague who approves travel requests", correct: true },
            { text: "Nobody below the grade of director", correct: false },
          ],
        },
        {
          prompt: "In a meeting, you see a colleague being mocked. You do not feel safe confronting the person responsible. Which actions are still open to you? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Distracting, delegating to someone with authority, checking in later and documenting what you saw are all valid bystander actions that do not require direct confrontation.",
          options: [
            { text: "Interrupt by moving to the next agenda item", correct: true },
            { text: "Ask the meeting chair or a supervisor to step in", correct: true },
            { text: "Check in with your colleague after the meeting", correct: true },
            { text: "Do nothing, because only the person affected may ever act", correct: false },
          ],
        },
        {
          prompt: "A colleague tells you in confidence that they are being harassed but are not ready to report it. Nobody is in immediate danger and you are not their supervisor. What should you do?",
          kind: "SINGLE",
          explanation:
            "Support the person and let them lead. Share information about their options, such as the ombudsperson and the staff counsellor, without acting on their behalf unless someone is in danger.",
          options: [
            { text: "File a formal complaint on their behalf straight away", correct: false },
            { text: "Tell the rest of the team so that everyone is aware", correct: false },
            { text: "Listen, tell them about the confidential options available and respect their decision", correct: true },
            { text: "Tell them it is probably a misunderstanding and to ignore it", correct: false },
          ],
        },
        {
          prompt: "What does the ombudsperson do?",
          kind: "SINGLE",
          explanation:
            "The ombudsperson is independent, impartial and confidential. They help staff explore options and can facilitate informal resolution or mediation, but they do not investigate or take sides.",
          options: [
            { text: "Investigates formal complaints and recommends sanctions", correct: false },
            { text: "Offers independent, impartial and confidential help to resolve problems informally", correct: true },
            { text: "Represents the administration in disputes with staff", correct: false },
            { text: "Approves or rejects requests for protection against retaliation", correct: false },
          ],
        },
        {
          prompt: "Which of these are forms of retaliation? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Retaliation is any harmful action taken because someone reported misconduct in good faith or cooperated with an investigation. Excluding, downgrading or threatening them for that reason are examples. A decision taken for documented, unrelated reasons is not retaliation.",
          options: [
            { text: "Removing someone from a project because they reported misconduct", correct: true },
            { text: "Giving an unjustified poor appraisal to a witness in an investigation", correct: true },
            { text: "Threatening not to renew a contract if a complaint is not withdrawn", correct: true },
            { text: "Ending a project for documented budget reasons unrelated to any report", correct: false },
          ],
        },
        {
          prompt: "Where should you go first if you believe you are facing retaliation for reporting misconduct?",
          kind: "SINGLE",
          explanation:
            "The ethics office handles requests for protection against retaliation. It reviews the case and can recommend interim measures to protect you.",
          options: [
            { text: "The ethics office", correct: true },
            { text: "The person you reported", correct: false },
            { text: "An external news outlet", correct: false },
            { text: "Nobody, since retaliation cannot be proven", correct: false },
          ],
        },
        {
          prompt: "Which statements about getting help are true? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "You can start informally and move to a formal complaint later, and the staff counsellor is available whatever you decide. Seeking confidential advice is not the same as filing a complaint.",
          options: [
            { text: "You can try informal resolution first and file a formal complaint later", correct: true },
            { text: "The staff counsellor offers confidential support whether or not you take other action", correct: true },
            { text: "Asking the ethics office for advice automatically opens an investigation", correct: false },
            { text: "Only staff based in Geneva can use the support services", correct: false },
          ],
        },
        {
          prompt: "A colleague says a remark you made about her accent in a meeting upset her. You meant it as a friendly joke. What is the most useful response?",
          kind: "SINGLE",
          explanation:
            "Intent matters, but impact is what the other person lives with. Acknowledging the effect, apologising and changing the behaviour resolves most misunderstandings before they grow.",
          options: [
            { text: "Explain that it was only a joke, so there is no problem", correct: false },
            { text: "Acknowledge the effect it had, apologise and avoid such remarks in future", correct: true },
            { text: "Ask the rest of the team whether they found it funny", correct: false },
            { text: "Avoid speaking to her in meetings from now on", correct: false },
          ],
        },
        {
          prompt: "Harassment can be which of the following? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Harassment can be a single serious incident or a pattern of smaller ones, and it can be spoken, written, physical or online, at the office, on mission or at a work-related social event.",
          options: [
            { text: "A single serious incident", correct: true },
            { text: "A pattern of smaller incidents that together are humiliating", correct: true },
            { text: "Messages sent in a chat channel outside working hours", correct: true },
            { text: "Only behaviour that happens on the organisation's premises", correct: false },
          ],
        },
        {
          prompt: "During a video call a director dismisses a junior colleague's point with a belittling remark. You do not want to confront the director. Which response is an example of the \"Distract\" option?",
          kind: "SINGLE",
          explanation:
            "Distracting means interrupting the situation without naming it, for example by inviting the colleague to finish their point or moving to the next item. Confronting is \"Direct\"; asking a chair to step in is \"Delegate\"; checking in afterwards is \"Delay\".",
          options: [
            { text: "Say \"That comment is not acceptable\" in front of everyone", correct: false },
            { text: "Ask the colleague to finish the point they were making about the figures", correct: true },
            { text: "Message the meeting chair asking them to intervene", correct: false },
            { text: "Call the colleague after the meeting to ask how they are", correct: false },
          ],
        },
        {
          prompt: "Which of these are examples of discrimination? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Discrimination is unfair treatment or an arbitrary distinction based on a personal status such as nationality or age. It can be direct, or indirect when a neutral-looking rule disadvantages one group without good reason. Assigning work according to skills is ordinary management.",
          options: [
            { text: "Refusing to consider a candidate because of their nationality", correct: true },
            { text: "A rule that looks neutral but, without a good reason, shuts out staff over a certain age", correct: true },
            { text: "Giving a complex file to the colleague with the most relevant experience", correct: false },
            { text: "Excluding a colleague from training because of their religion", correct: true },
          ],
        },
        {
          prompt: "You decide to raise a problem informally with the ombudsperson first. Can you still file a formal complaint later?",
          kind: "SINGLE",
          explanation:
            "The options are not exclusive: you can start informally and move to a formal complaint later, subject to the time limits in the staff regulations and rules.",
          options: [
            { text: "No: choosing the informal route closes the formal one", correct: false },
            { text: "Yes, within the time limits set in the staff regulations and rules", correct: true },
            { text: "Only if the ombudsperson agrees to it", correct: false },
            { text: "Only if the person responsible admits the behaviour", correct: false },
          ],
        },
      ],
    },
  ],
  translations: { fr: workingTogetherFr, zh: workingTogetherZh },
};
