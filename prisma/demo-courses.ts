import type { ContentCourse } from "../lib/courses/content/types.ts";

/**
 * Non-mandatory catalogue courses for a realistic demo: classroom workshops, virtual classes,
 * self-paced modules, language courses and an external LinkedIn Learning course.
 */
export const demoCourses: ContentCourse[] = [
  {
    code: "RESPECT",
    title: "Respect in the workplace",
    summary:
      "A half-day interactive workshop on building a respectful and harmonious workplace, using real-life scenarios and small-group discussion. Builds on the Working Together online course.",
    categoryCode: "ETHICS",
    mode: "CLASSROOM",
    trainingDays: "0.5",
    languages: ["en", "fr"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "About the workshop",
        required: false,
        body: `## What to expect

This half-day workshop turns the principles of the Working Together course into practice. In groups of up to 20 colleagues from different sectors, you will work through short scenarios drawn from everyday office life: a meeting where one voice dominates, a joke that lands badly, an email sent in anger, a new colleague left out.

## You will practise

- noticing behaviour that undermines respect, including your own;
- giving and receiving feedback calmly and specifically;
- intervening as a bystander in ways that are safe and proportionate;
- knowing which informal and formal channels exist, and when to use them.

## Before you come

Complete the Working Together online course, and think of one situation, real or imagined, that you would like to discuss. Nothing you share in the room will be reported outside it.

The workshop is offered in English and French in Geneva. External offices can request a virtual session.`,
      },
    ],
  },
  {
    code: "RESPECT-MGR",
    title: "Respect in the workplace: for managers",
    summary:
      "The managers' version of the Respect in the workplace workshop: setting the tone, acting early on concerns and handling reports of inappropriate behaviour in your team.",
    categoryCode: "ETHICS",
    mode: "CLASSROOM",
    trainingDays: "0.5",
    languages: ["en", "fr"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "About the workshop",
        required: false,
        body: `## Why a managers' version

Managers shape the climate of their teams more than any policy. They are also often the first to hear about a problem, and how they react in the first conversation can decide whether it is resolved or escalates.

## Topics

- Setting expectations for respectful behaviour and modelling them yourself.
- Spotting early signs of conflict, exclusion or harassment, including in hybrid and remote teams.
- Responding when a team member raises a concern: listening, not prejudging, documenting and knowing when to refer.
- Your duty to act, and the support available to you from HR, the ombudsperson and the ethics office.
- Preventing retaliation and rebuilding trust after a difficult case.

## Who should attend

Staff who supervise at least one person, including General Service supervisors and heads of external offices. Participants work through realistic case studies in small groups, led by an experienced facilitator. Please complete the Working Together online course first.`,
      },
    ],
  },
  {
    code: "MINDFUL",
    title: "Mindfulness at work",
    summary:
      "A one-hour self-paced introduction to simple mindfulness practices that help manage stress, focus attention and recover between demanding tasks.",
    categoryCode: "HSS",
    mode: "ONLINE",
    trainingDays: "0.125",
    languages: ["en"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "What mindfulness is, and is not",
        required: true,
        body: `## A practical skill

Mindfulness means paying attention, on purpose, to what is happening in the present moment, without judging it. It is not about emptying the mind, and it is not a religious practice. It is a skill that anyone can learn with a few minutes of practice a day.

## Why it helps at work

Back-to-back meetings, constant messages and work across time zones keep our attention scattered. Regular short practices can help you notice stress earlier, recover more quickly and focus on one task at a time.

## Three practices to try

- **The three-breath pause**: before opening your email or joining a call, take three slow breaths and notice how you feel.
- **Single-tasking**: for 25 minutes, close everything except the document you are working on.
- **Walking attention**: on the way to a meeting, notice your steps and surroundings instead of checking your phone.

Mindfulness is not a substitute for professional help. If stress is affecting your health, talk to the staff counsellor or the medical service.`,
      },
      {
        kind: "QUIZ",
        title: "Quick check",
        passMark: 75,
        shuffle: true,
        required: true,
        questions: [
          {
            prompt: "Which description of mindfulness is most accurate?",
            kind: "SINGLE",
            explanation: "Mindfulness is paying attention, on purpose, to the present moment without judging it. It does not require an empty mind.",
            options: [
              { text: "Emptying the mind of all thoughts", correct: false },
              { text: "Paying attention on purpose to the present moment, without judging it", correct: true },
              { text: "A religious practice", correct: false },
              { text: "Thinking positively at all times", correct: false },
            ],
          },
          {
            prompt: "Which of these are simple mindfulness practices you can use at work? Select all that apply.",
            kind: "MULTIPLE",
            explanation: "A short breathing pause, working on a single task and paying attention while walking are all practical, brief exercises.",
            options: [
              { text: "Taking three slow breaths before a call", correct: true },
              { text: "Working on one document with everything else closed", correct: true },
              { text: "Reading email during every meeting", correct: false },
            ],
          },
          {
            prompt: "How much practice is needed to start noticing benefits?",
            kind: "SINGLE",
            explanation: "A few minutes a day, practised regularly, is enough to begin with.",
            options: [
              { text: "A few minutes a day, practised regularly", correct: true },
              { text: "At least two hours every day", correct: false },
              { text: "A residential retreat of several weeks", correct: false },
            ],
          },
          {
            prompt: "Stress is affecting your sleep and health for several weeks. What should you do?",
            kind: "SINGLE",
            explanation: "Mindfulness can help, but it does not replace professional support. The staff counsellor and medical service are there for this.",
            options: [
              { text: "Rely on mindfulness alone", correct: false },
              { text: "Talk to the staff counsellor or the medical service", correct: true },
              { text: "Ignore it until your next annual leave", correct: false },
            ],
          },
        ],
      },
    ],
  },
  {
    code: "IPA-BLOCKCHAIN",
    title: "IP and blockchain",
    summary:
      "An IP Academy self-paced module on what blockchain technology is and how it may be used in the intellectual property ecosystem, from evidence of creation to rights management.",
    categoryCode: "IP",
    mode: "ONLINE",
    trainingDays: "0.25",
    languages: ["en"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "Blockchain in a nutshell",
        required: true,
        body: `## What a blockchain is

A blockchain is a shared ledger: a record of transactions held by many computers at once. New entries are grouped into blocks, and each block is linked to the previous one with a cryptographic fingerprint, called a hash. Changing an old entry would change its hash and break the chain, so tampering is easy to detect.

## Why IP offices are interested

Because entries are time-stamped and hard to alter, blockchains are being explored for:

- **evidence of creation and use**: proving that a design, a piece of code or a trade secret existed at a given date;
- **rights management**: recording licences and tracking royalty payments automatically through smart contracts;
- **supply chains**: helping to trace genuine goods and fight counterfeiting;
- **registries**: sharing data between IP offices more efficiently.

## Limits

A blockchain proves that certain data existed at a certain time. It does not prove who created it, whether it is original, or whether an IP right is valid. Legal frameworks, data protection and energy use all need careful thought.`,
      },
      {
        kind: "QUIZ",
        title: "Quick check",
        passMark: 80,
        shuffle: true,
        required: true,
        questions: [
          {
            prompt: "What makes tampering with an old blockchain entry easy to detect?",
            kind: "SINGLE",
            explanation: "Each block contains a hash linked to the previous block, so changing an old entry breaks the chain of hashes.",
            options: [
              { text: "Each block is linked to the previous one by a cryptographic hash", correct: true },
              { text: "A central administrator checks every entry", correct: false },
              { text: "Entries are printed and filed", correct: false },
            ],
          },
          {
            prompt: "Which are possible uses of blockchain in the IP field? Select all that apply.",
            kind: "MULTIPLE",
            explanation: "Evidence of creation, licence and royalty management, and tracing genuine goods are all being explored.",
            options: [
              { text: "Evidence that a design existed at a given date", correct: true },
              { text: "Recording licences and automating royalty payments", correct: true },
              { text: "Tracing genuine goods in supply chains", correct: true },
              { text: "Automatically granting patents without examination", correct: false },
            ],
          },
          {
            prompt: "Does a blockchain record prove who created a work?",
            kind: "SINGLE",
            explanation: "It proves that certain data existed at a certain time, not who created it or whether it is original.",
            options: [
              { text: "Yes, always", correct: false },
              { text: "No, it proves that data existed at a certain time", correct: true },
              { text: "Only if the work is a patent", correct: false },
            ],
          },
          {
            prompt: "What is a smart contract?",
            kind: "SINGLE",
            explanation: "A smart contract is code on a blockchain that carries out agreed actions automatically when conditions are met.",
            options: [
              { text: "A licence agreement drafted by artificial intelligence", correct: false },
              { text: "Code on a blockchain that carries out agreed actions automatically when conditions are met", correct: true },
              { text: "A contract signed on a tablet", correct: false },
            ],
          },
          {
            prompt: "Which issues need careful thought before using a blockchain? Select all that apply.",
            kind: "MULTIPLE",
            explanation: "Legal recognition, data protection and energy use are all important considerations.",
            options: [
              { text: "Legal recognition of the records", correct: true },
              { text: "Data protection", correct: true },
              { text: "The colour of the user interface", correct: false },
            ],
          },
        ],
      },
    ],
  },
  {
    code: "IPA-PATINFO",
    title: "Patent information basics",
    summary:
      "An IP Academy blended course: an online module on the structure of patent documents and classification, followed by a half-day practical workshop on searching free patent databases.",
    categoryCode: "IP",
    mode: "BLENDED",
    trainingDays: "1",
    languages: ["en"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "Reading a patent document",
        required: true,
        body: `## Why patent information matters

Patent documents describe technology in detail, often years before it appears in products or journals. Millions of them are freely searchable, making them one of the richest sources of technical information in the world.

## The parts of a patent document

- **Bibliographic data**: title, applicant, inventor, dates, publication number and classification codes.
- **Abstract**: a short summary of the invention.
- **Description**: how the invention works, with enough detail for a skilled person to carry it out.
- **Claims**: the legal definition of what is protected. The claims, not the title, set the scope of protection.
- **Drawings**, where useful.

## Classification

The International Patent Classification groups documents by technical field, using codes such as A61K for medical preparations. Searching by classification finds relevant documents even when they use unexpected words.

## The workshop

In the half-day workshop you will plan a search, combine keywords and classification codes, and read the results critically. Bring a laptop and a topic you are curious about.`,
      },
      {
        kind: "EXTERNAL_LINK",
        title: "Try a patent search",
        url: "https://patentscope.wipo.int/",
        description: "Explore a free international patent database before the workshop: search for a technology you know well and open two or three documents.",
        required: false,
      },
    ],
  },
  {
    code: "IT-TEAMS",
    title: "Microsoft Teams essentials",
    summary:
      "A two-hour live virtual class on working well in Teams: chats, channels, meetings, shared files and good etiquette for teams spread across duty stations.",
    categoryCode: "IT",
    mode: "VIRTUAL",
    trainingDays: "0.25",
    languages: ["en", "fr"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "Course outline",
        required: false,
        body: `## What you will learn

This live virtual class is delivered by the IT training team in Teams itself, so you practise as you learn.

- **Chats or channels?** When to use a private chat, a group chat or a team channel, and how to keep conversations findable.
- **Meetings**: scheduling across time zones, lobby and presenter settings, breakout rooms, recording and transcripts.
- **Files**: sharing and co-editing documents in a channel instead of sending attachments by email.
- **Notifications**: setting your status and quiet hours so that you can focus.
- **Etiquette**: mute when not speaking, use the raise-hand function, and post a short summary after decisions.

## Before the class

Check that the Teams desktop app is installed and that your headset and camera work. Join five minutes early. The class is limited to 15 participants, so that everyone can try each feature.`,
      },
    ],
  },
  {
    code: "IT-EXCEL-LIL",
    title: "Excel essential training (LinkedIn Learning)",
    summary:
      "A self-paced LinkedIn Learning course covering Excel basics: entering data, formulas and functions, formatting, sorting and filtering, and simple charts. Requires a LinkedIn Learning licence.",
    categoryCode: "IT",
    mode: "EXTERNAL",
    trainingDays: "0.25",
    languages: ["en"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "How LinkedIn Learning works here",
        required: false,
        body: `## Licences

The organisation holds a limited number of LinkedIn Learning licences, shared by about 250 colleagues. If you do not yet have one, ask the learning and development team; licences are assigned for a year and renewed for active users.

## Recording your learning

LinkedIn Learning keeps its own history, but Pathway is where your training is recorded for your learning plan and for reports. When you finish the course, return here and mark it complete, attaching the certificate of completion from LinkedIn Learning.

## Tips

- Work through the course in short sessions of 20 to 30 minutes.
- Download the exercise files and follow along in Excel.
- Skip chapters you already know: the course is organised so that you can.`,
      },
      {
        kind: "EXTERNAL_LINK",
        title: "Open LinkedIn Learning",
        url: "https://www.linkedin.com/learning/",
        description: "Sign in with your organisation account and search for \"Excel Essential Training\". Choose the most recent edition.",
        required: true,
      },
    ],
  },
  {
    code: "ADMIN-TRAVEL",
    title: "Travel and meetings application: the essentials",
    summary:
      "A one-hour self-paced guide to requesting official travel and organising meetings in the travel-and-meetings application, for travellers and administrative assistants.",
    categoryCode: "ADMIN",
    mode: "ONLINE",
    trainingDays: "0.125",
    languages: ["en", "fr"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "From request to claim",
        required: true,
        body: `## The life of a travel request

1. **Request**: the traveller or an assistant creates the request with the purpose, dates, destinations and funding source.
2. **Security clearance**: the request must include travel security clearance before departure.
3. **Approval**: the supervisor and the budget holder approve in the application; you are notified at each step.
4. **Booking**: the travel agency books tickets and hotels in line with the travel policy.
5. **Claim**: within two weeks of returning, submit your claim with receipts and any changes to the itinerary.

## Meetings

For meetings and events, the application handles participant lists, invitations, room bookings, interpretation and travel for sponsored participants. Start early: many services need several weeks' notice.

## Good habits

- Submit requests at least three weeks before travel where possible.
- Keep the itinerary up to date when plans change.
- Keep original receipts until your claim is settled.`,
      },
      {
        kind: "QUIZ",
        title: "Quick check",
        passMark: 75,
        shuffle: true,
        required: true,
        questions: [
          {
            prompt: "What must be in place before you depart on official travel?",
            kind: "SINGLE",
            explanation: "Travel security clearance is required before departure, together with approval.",
            options: [
              { text: "Travel security clearance and approval of the request", correct: true },
              { text: "A settled travel claim", correct: false },
              { text: "Nothing, the request can be created afterwards", correct: false },
            ],
          },
          {
            prompt: "Who approves a travel request in the application? Select all that apply.",
            kind: "MULTIPLE",
            explanation: "The supervisor and the budget holder both approve.",
            options: [
              { text: "The supervisor", correct: true },
              { text: "The budget holder", correct: true },
              { text: "The travel agency", correct: false },
            ],
          },
          {
            prompt: "When should you submit your travel claim?",
            kind: "SINGLE",
            explanation: "Submit the claim within two weeks of returning, with receipts.",
            options: [
              { text: "Within two weeks of returning", correct: true },
              { text: "At the end of the financial year", correct: false },
              { text: "Only if you are asked for it", correct: false },
            ],
          },
          {
            prompt: "Which are good habits when using the application? Select all that apply.",
            kind: "MULTIPLE",
            explanation: "Submitting early, keeping the itinerary current and keeping receipts all avoid problems later.",
            options: [
              { text: "Submitting requests about three weeks before travel", correct: true },
              { text: "Updating the itinerary when plans change", correct: true },
              { text: "Throwing away receipts once you have photographed them, before the claim is settled", correct: false },
            ],
          },
        ],
      },
    ],
  },
  {
    code: "LANG-FR",
    title: "French: virtual classroom",
    summary:
      "Weekly live French classes in small groups, from beginner to advanced, taught by qualified language teachers in a virtual classroom. Placement test required.",
    categoryCode: "LANG",
    mode: "VIRTUAL",
    trainingDays: "6",
    languages: ["fr"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "How the language programme works",
        required: false,
        body: `## Format

Classes run for one term of about twelve weeks, with two 90-minute sessions a week in a virtual classroom, plus short assignments between sessions. Groups have no more than ten participants, so everyone speaks in every session.

## Levels

Levels follow the Common European Framework of Reference, from A1 (beginner) to C1 (advanced). Before enrolling, take the online placement test; the teacher confirms your level in the first session.

## Attendance and certificates

You need to attend at least 80% of sessions to receive a certificate of attendance. If you must miss a session, tell your teacher in advance and catch up using the shared materials.

## Why French

French is one of the two working languages of the UN Secretariat and is widely spoken in Geneva and in several of our external offices. Even a basic level makes daily life and work with colleagues easier.`,
      },
    ],
  },
  {
    code: "LANG-ZH",
    title: "Chinese: virtual classroom",
    summary:
      "Weekly live Chinese (Mandarin) classes in small groups, from beginner to intermediate, with a focus on speaking and everyday workplace situations. Placement test required for non-beginners.",
    categoryCode: "LANG",
    mode: "VIRTUAL",
    trainingDays: "6",
    languages: ["zh"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "About the Chinese classes",
        required: false,
        body: `## Format

Classes run for one term of about twelve weeks, with two 90-minute live sessions a week in a virtual classroom. Groups are small, and teachers use screen sharing and digital flashcards to practise characters and tones.

## What you will learn

- **Beginners** learn Pinyin, the four tones, greetings, numbers, dates and simple conversations about work and travel.
- **Intermediate** learners build vocabulary for meetings, phone calls and short emails, and read simple texts in simplified characters.

## Practical tips

Install a Chinese input method on your computer and phone before the first class. Ten minutes of practice a day, for example with a flashcard app, makes a bigger difference than a long session once a week.

Attendance of at least 80% is required for a certificate. Colleagues in the Beijing office are welcome to join as conversation partners.`,
      },
    ],
  },
  {
    code: "LANG-ES",
    title: "Spanish: virtual classroom",
    summary:
      "Weekly live Spanish classes in small groups, from beginner to advanced, focused on communication at work and in everyday life. Placement test required.",
    categoryCode: "LANG",
    mode: "VIRTUAL",
    trainingDays: "6",
    languages: ["es"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "About the Spanish classes",
        required: false,
        body: `## Format

Classes run for a term of about twelve weeks, with two 90-minute live sessions a week in a virtual classroom and short tasks in between. Groups are limited to ten participants.

## Levels and content

Levels follow the Common European Framework of Reference, from A1 to C1. Lower levels concentrate on speaking and listening in everyday situations; higher levels work on presentations, meetings, negotiation and writing for work, using real documents from international organisations.

## Enrolment

Take the online placement test before enrolling; complete beginners can skip it. Your supervisor's approval is needed, because classes take place partly during working hours.

Attendance of at least 80% is required for a certificate of attendance. Spanish is an official language of the UN and is spoken by many of our users and partners, including colleagues working with Latin America.`,
      },
    ],
  },
  {
    code: "LANG-AR",
    title: "Arabic: virtual classroom",
    summary:
      "Weekly live Modern Standard Arabic classes in small groups, from beginner to intermediate, covering the alphabet, speaking and reading. Placement test required for non-beginners.",
    categoryCode: "LANG",
    mode: "VIRTUAL",
    trainingDays: "6",
    languages: ["ar"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "About the Arabic classes",
        required: false,
        body: `## Format

Classes run for one term of about twelve weeks, with two 90-minute live sessions a week in a virtual classroom. Groups are small, and the teacher shares handwriting and reading exercises on screen.

## What you will learn

- **Beginners** learn the alphabet and its connected letter forms, reading from right to left, pronunciation, greetings and simple exchanges about work, family and travel.
- **Intermediate** learners read short texts, follow simple news items and practise speaking in meetings and on the phone.

Classes teach Modern Standard Arabic, understood across the Arab world, with notes on common expressions in regional varieties.

## Practical tips

Add an Arabic keyboard to your computer and phone before you start. Attendance of at least 80% is required for a certificate. Arabic is one of the six official languages of the UN, and colleagues in the Algiers office are happy to help you practise.`,
      },
    ],
  },
  {
    code: "COMM-MEDIA",
    title: "Strategic media training",
    summary:
      "A one-day classroom course for staff who speak to journalists: key messages, interview techniques and recorded practice interviews with feedback from media professionals.",
    categoryCode: "COMM",
    mode: "CLASSROOM",
    trainingDays: "1",
    languages: ["en"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "About the course",
        required: false,
        body: `## Who it is for

Directors, spokespeople and experts who give interviews, speak at press conferences or brief journalists on behalf of the organisation. Places are limited to six participants per session and are confirmed with the communications division.

## Programme

- **Morning**: how the media work today; what journalists need; building three key messages; bridging from a difficult question back to your message; speaking in short, quotable sentences without jargon.
- **Afternoon**: recorded practice interviews for radio, television and online video, including a hostile interview and a short doorstep, followed by individual playback and feedback.

## Ground rules

Before any media contact, check with the communications division. Speak only about your area of responsibility, never speculate, and remember that nothing is "off the record" unless agreed in advance. You will leave with a one-page plan for your next interview.`,
      },
    ],
  },
  {
    code: "COMM-WEBINAR",
    title: "Presenting in webinars",
    summary:
      "A two-hour live virtual workshop on presenting with impact online: structure, voice, camera presence, slides and keeping an audience engaged in webinars and virtual meetings.",
    categoryCode: "COMM",
    mode: "VIRTUAL",
    trainingDays: "0.25",
    languages: ["en", "fr"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "Presenting online is different",
        required: false,
        body: `## What changes online

Online audiences are easily distracted, and you lose much of the feedback you get from a room. Presentations need to be shorter, more structured and more interactive.

## Six principles

- **Open strongly**: say in the first minute why the topic matters to the audience.
- **Structure in chunks** of five to seven minutes, each ending with a question, a poll or a summary.
- **Look at the camera**, at eye level, with light in front of you, not behind.
- **Use your voice**: vary pace and pitch, and pause more than feels natural.
- **Simplify slides**: one idea per slide, large text, few bullet points.
- **Plan the technology**: test your sound and screen sharing, and have a colleague moderate the chat.

## The workshop

You will give a three-minute presentation at the start and again at the end, with feedback from the facilitator and peers. Please prepare a short topic from your own work.`,
      },
    ],
  },
  {
    code: "COMM-NEGOTIATE",
    title: "Negotiation and conflict resolution: a serious game",
    summary:
      "A one-hour online serious game in which you negotiate with colleagues and partners in realistic situations, then see how your choices affected the outcome and the relationship.",
    categoryCode: "COMM",
    mode: "ONLINE",
    trainingDays: "0.125",
    languages: ["en"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "Key ideas before you play",
        required: true,
        body: `## Interests, not positions

A **position** is what someone says they want: "I need this report by Friday". An **interest** is why they want it: "My director presents to member states on Monday." Agreements that meet interests last longer than compromises between positions.

## Know your alternative

Before negotiating, know what you will do if there is no agreement: your best alternative. It tells you when to walk away and gives you confidence.

## Separate the people from the problem

Be hard on the problem and soft on the people. Acknowledge emotions, listen actively and summarise the other side's view before stating your own.

## How the game works

You will play three scenarios: agreeing deadlines with another unit, settling a dispute with a supplier and mediating between two colleagues. In each, you choose what to say and do. At the end, the game shows the outcome, the state of the relationship and what an expert negotiator might have done differently. Play as often as you like.`,
      },
      {
        kind: "QUIZ",
        title: "Quick check",
        passMark: 75,
        shuffle: true,
        required: true,
        questions: [
          {
            prompt: "\"My director presents to member states on Monday\" is an example of…",
            kind: "SINGLE",
            explanation: "It explains why the person wants something, so it is an interest rather than a position.",
            options: [
              { text: "a position", correct: false },
              { text: "an interest", correct: true },
              { text: "a threat", correct: false },
            ],
          },
          {
            prompt: "Why should you know your best alternative before negotiating?",
            kind: "SINGLE",
            explanation: "Your best alternative to an agreement tells you when an offer is worse than walking away, and gives you confidence.",
            options: [
              { text: "So that you know when to walk away", correct: true },
              { text: "So that you can reveal it at the start", correct: false },
              { text: "It is not relevant to negotiation", correct: false },
            ],
          },
          {
            prompt: "Which behaviours help separate the people from the problem? Select all that apply.",
            kind: "MULTIPLE",
            explanation: "Acknowledging emotions and summarising the other side's view build the relationship while you stay firm on the problem.",
            options: [
              { text: "Acknowledging the other person's emotions", correct: true },
              { text: "Summarising the other side's view before giving your own", correct: true },
              { text: "Questioning the other person's competence", correct: false },
            ],
          },
          {
            prompt: "Which kind of agreement tends to last longer?",
            kind: "SINGLE",
            explanation: "Agreements that meet both sides' underlying interests last longer than compromises between stated positions.",
            options: [
              { text: "One that meets both sides' underlying interests", correct: true },
              { text: "One where the more senior person decides", correct: false },
              { text: "One reached as quickly as possible", correct: false },
            ],
          },
        ],
      },
    ],
  },
  {
    code: "LEAD-REMOTE",
    title: "Remote working bootcamp",
    summary:
      "Four one-hour live virtual sessions to help staff and managers work well remotely: tools and rules, space and routines, trust and relationships, uncertainty and resilience.",
    categoryCode: "LEAD",
    mode: "VIRTUAL",
    trainingDays: "0.5",
    languages: ["en", "fr"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "The four themes",
        required: false,
        body: `## How the bootcamp works

The bootcamp has four one-hour live sessions, one a week, each on a theme. Between sessions you try one small change and report back on how it went.

## 1. Tools and rules

Which channel for what: chat for quick questions, email for decisions, video for discussion. Agreeing response times and "team rules" so nobody feels they must be online all the time.

## 2. Space and routines

Setting up a healthy workspace, starting and ending the day deliberately, taking breaks and protecting time for focused work.

## 3. Trust and relationships

Staying visible without being always available, keeping informal contact alive, onboarding new colleagues remotely and managing by results rather than presence.

## 4. Uncertainty and resilience

Recognising stress in yourself and others, dealing with change you cannot control, and where to find support, including the staff counsellor.

Managers are encouraged to attend with their teams and to agree team rules together in session one.`,
      },
    ],
  },
  {
    code: "ONBOARD",
    title: "Welcome to the organisation: orientation",
    summary:
      "Orientation for new staff: a self-paced introduction to our mission, structure and rules, followed by a one-day welcome session in Geneva or online for external offices.",
    categoryCode: "ONBOARD",
    mode: "BLENDED",
    trainingDays: "1",
    languages: ["en", "fr"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "Your first weeks",
        required: true,
        body: `## Welcome

You join about 1,500 colleagues from more than 120 member states, working in Geneva and in external offices in Asia, Africa, Latin America and Europe. This orientation helps you find your way in your first weeks.

## Online first

Before the welcome day, read about the organisation's mission, its sectors and governing bodies, the standards of conduct for international civil servants, and the key HR rules on contracts, working hours, leave and entitlements.

## Your mandatory courses

Within your first three months, complete the mandatory courses assigned to you in Pathway: Working Together, BSAFE and Anti-fraud awareness. Your dashboard shows their status and due dates.

## The welcome day

A one-day session with colleagues who joined in the same period: meet senior managers and the staff association, learn how HR, IT, security, the medical service and learning and development can help you, and tour the building. Colleagues in external offices join online.

## Your supervisor

Agree your objectives and a learning plan with your supervisor during your first month.`,
      },
      {
        kind: "ATTESTATION",
        title: "Standards of conduct",
        required: true,
        statement: "I have read and understood the introduction to the standards of conduct for international civil servants and the key HR rules presented in this orientation.",
      },
    ],
  },
  {
    code: "LEAD-TEAMS",
    title: "Leading teams",
    summary:
      "A blended programme for new and experienced managers: online modules and two classroom days on leading people, giving feedback, managing performance and leading hybrid teams across duty stations.",
    categoryCode: "LEAD",
    mode: "BLENDED",
    trainingDays: "2",
    languages: ["en"],
    validityMonths: null,
    mandatory: false,
    lessons: [
      {
        kind: "READING",
        title: "Programme overview",
        required: true,
        body: `## Who it is for

Staff who supervise others, whether newly appointed or experienced managers who want to refresh their practice. Participants come from all sectors and grades, including heads of external offices.

## Structure

- **Online preparation** (about two hours): short modules on your role as a manager, the performance management cycle and the organisation's competency framework, plus a self-assessment.
- **Classroom day one**: setting direction, delegating well, giving and receiving feedback, and difficult conversations, with practice in pairs.
- **Classroom day two**: managing performance fairly, supporting wellbeing and development, leading hybrid teams across time zones, and building an inclusive team.
- **Follow-up**: a peer learning group meeting online twice over the next three months, and the option of sessions with an internal coach.

## What we ask

Attend both classroom days in full, bring a real leadership challenge to work on, and agree one development goal with your own supervisor at the end.`,
      },
    ],
  },
];
