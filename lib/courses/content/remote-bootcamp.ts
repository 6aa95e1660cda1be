import type { ContentCourse } from "./types.ts";

// The remote-working bootcamp's four themes as short online courses (one reading each, no quiz, an hour of training),
// the steps of the demo learning path REMOTE-BOOTCAMP (prisma/seed/paths.ts). Text written for Pathway.

const hour = { categoryCode: "LEAD", mode: "ONLINE" as const, trainingDays: "0.125", languages: ["en"], validityMonths: null, mandatory: false };

export const remoteTools: ContentCourse = {
  ...hour,
  code: "REMOTE-TOOLS",
  title: "Remote working: tools and rules",
  summary: "Which tool for which conversation, and the few team rules that keep remote work calm and fair.",
  translations: {
    fr: { title: "Travail à distance : outils et règles", summary: "Quel outil pour quelle conversation, et les quelques règles d’équipe qui rendent le travail à distance serein et équitable." },
    zh: { title: "远程办公：工具与规则", summary: "不同沟通选用合适工具，并约定让远程工作平稳、公平的团队规则。" },
  },
  lessons: [
    {
      kind: "READING",
      title: "Choose the tool, agree the rules",
      required: true,
      body: `## One tool for each kind of conversation

Remote teams rarely suffer from too few tools; they suffer from using every tool for everything. Agree as a team where each kind of exchange lives:

- **Chat** for quick questions that can wait an hour. It is not a place for decisions.
- **E-mail** for anything a colleague outside the team, or your future self, will need to find.
- **Video calls** for discussions, feedback and anything sensitive. Turn the camera on when you can; it is fine not to.
- **The shared drive** for documents. Send a link, not an attachment, so there is one version.

## Rules that protect everyone

- Say when you are available, and respect others' hours, especially across duty stations and time zones.
- A message sent late in the evening does not need an answer before the next working day.
- Write meeting outcomes down in the same place every time.
- Classified or personal data follows the organisation's information security rules, at home as in the office.

**Try this week:** write your team's tool agreement on one page and pin it in your team channel.`,
    },
  ],
};

export const remoteSpace: ContentCourse = {
  ...hour,
  code: "REMOTE-SPACE",
  title: "Remote working: space and routines",
  summary: "Setting up a workspace you can sustain, and daily routines that start and end the working day.",
  translations: {
    fr: { title: "Travail à distance : espace et habitudes", summary: "Aménager un espace de travail tenable et adopter des habitudes qui ouvrent et ferment la journée de travail." },
    zh: { title: "远程办公：空间与作息", summary: "布置可长期使用的工作空间，养成开启和结束工作日的日常习惯。" },
  },
  lessons: [
    {
      kind: "READING",
      title: "A place and a rhythm for work",
      required: true,
      body: `## Your workspace

You do not need a study, but you do need a place that signals "work":

- A table at elbow height and a chair that supports your lower back; the top of the screen at eye level.
- Daylight from the side rather than behind the screen.
- A headset for calls, so that others hear you and not your kitchen.

## Routines that replace the commute

The commute used to open and close the working day. Replace it on purpose:

- **Start:** a short walk, then five minutes to plan the day's three priorities.
- **Breaks:** stand up every hour; take lunch away from the screen.
- **Finish:** note where you stopped and what comes first tomorrow, then close the laptop and, if you can, put it out of sight.

**Try this week:** pick one start and one finish ritual and keep them for five working days.`,
    },
  ],
};

export const remoteTrust: ContentCourse = {
  ...hour,
  code: "REMOTE-TRUST",
  title: "Remote working: trust and relationships",
  summary: "Building trust without the corridor: making work visible, keeping in touch and managing by results.",
  translations: {
    fr: { title: "Travail à distance : confiance et relations", summary: "Bâtir la confiance sans les échanges de couloir : rendre le travail visible, garder le contact et piloter par les résultats." },
    zh: { title: "远程办公：信任与关系", summary: "没有走廊交流也能建立信任：让工作可见、保持联系、以结果为导向进行管理。" },
  },
  lessons: [
    {
      kind: "READING",
      title: "Trust you can see",
      required: true,
      body: `## Make work visible

Trust at a distance grows from reliability that others can see. Share short updates on what you finished, what you are working on and where you are stuck. A two-line message on Monday and Friday is often enough.

## Keep in touch on purpose

Corridor conversations do not happen by themselves any more.

- Keep a few minutes at the start of team meetings for news that is not about work.
- Call a colleague instead of writing when a message has gone back and forth three times.
- Welcome new colleagues with a named buddy and a short call every day of their first week.

## For managers: manage results, not presence

Agree clear objectives and check progress against them. Being online all day is not the same as delivering; being offline for an hour is not a problem. Hold regular one-to-one conversations and ask how people are, not only what they have done.

**Try this week:** schedule a fifteen-minute call with a colleague you have not spoken with for a month.`,
    },
  ],
};

export const remoteResilience: ContentCourse = {
  ...hour,
  code: "REMOTE-RESILIENCE",
  title: "Remote working: uncertainty and resilience",
  summary: "Staying steady when plans keep changing: what you control, how you recover and when to ask for help.",
  translations: {
    fr: { title: "Travail à distance : incertitude et résilience", summary: "Garder le cap quand les plans changent sans cesse : ce qui dépend de vous, comment récupérer et quand demander de l’aide." },
    zh: { title: "远程办公：不确定性与韧性", summary: "计划不断变化时保持稳定：关注可控之事、学会恢复精力、适时寻求帮助。" },
  },
  lessons: [
    {
      kind: "READING",
      title: "Steady in changing times",
      required: true,
      body: `## Focus on what you control

When plans change every week, sort your worries into two lists: what you can influence and what you cannot. Put your energy into the first list, and agree with your manager what to do about the second.

## Recover as deliberately as you work

- Protect sleep, movement and time outdoors; they are the basis of concentration.
- Take your annual leave, even if you cannot travel.
- Notice early signs of strain in yourself and others: irritability, working later and later, withdrawing from calls.

## Ask for help

Nobody is expected to cope alone. Talk to your manager, a trusted colleague or the staff counsellor; the organisation's mindfulness course and the internal coaching network are open to everyone.

**Try this week:** write down one thing that went well each working day, and what you did to make it happen.`,
    },
  ],
};

/** The bootcamp's courses in the path's order. */
export const remoteBootcamp: ContentCourse[] = [remoteTools, remoteSpace, remoteTrust, remoteResilience];
