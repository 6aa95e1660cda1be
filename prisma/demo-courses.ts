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
    translations: {
      fr: {
        title: "Le respect au travail",
        summary: "Un atelier interactif d’une demi-journée pour bâtir un lieu de travail respectueux et harmonieux, à partir de situations réelles et de discussions en petits groupes. Prolonge le cours en ligne Travailler ensemble.",
        lessons: [
          {
            title: "À propos de l’atelier",
            body: `## À quoi vous attendre

Cet atelier d’une demi-journée met en pratique les principes du cours Travailler ensemble. En groupes de 20 collègues au plus, issus de différents secteurs, vous travaillerez sur de courtes mises en situation tirées du quotidien au bureau : une réunion monopolisée par une seule voix, une plaisanterie qui tombe mal, un e-mail envoyé sous le coup de la colère, un nouveau collègue tenu à l’écart.

## Vous vous exercerez à

- repérer les comportements qui portent atteinte au respect, y compris les vôtres ;
- donner et recevoir un retour avec calme et précision ;
- intervenir en tant que témoin, de manière sûre et proportionnée ;
- connaître les voies informelles et formelles qui existent, et savoir quand y recourir.

## Avant l’atelier

Suivez le cours en ligne Travailler ensemble et pensez à une situation, réelle ou imaginaire, dont vous aimeriez parler. Rien de ce qui se dit dans la salle n’en sortira.

L’atelier est proposé en anglais et en français à Genève. Les bureaux extérieurs peuvent demander une session virtuelle.`,
          },
        ],
      },
      zh: {
        title: "职场中的相互尊重",
        summary: "为期半天的互动式工作坊，通过真实情景和小组讨论，探讨如何营造相互尊重、和谐融洽的工作环境。本工作坊以“携手共事”在线课程为基础。",
      },
    },
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
    translations: {
      fr: {
        title: "Le respect au travail : atelier pour les responsables hiérarchiques",
        summary: "La version de l’atelier Le respect au travail destinée aux responsables hiérarchiques : donner le ton, agir tôt face aux préoccupations et traiter les signalements de comportements inappropriés au sein de votre équipe.",
        lessons: [
          {
            title: "À propos de l’atelier",
            body: `## Pourquoi une version pour les responsables

Les responsables hiérarchiques influencent le climat de leur équipe plus que n’importe quelle politique. Ils sont aussi souvent les premiers informés d’un problème, et leur réaction lors de la première conversation peut décider de son règlement ou de son aggravation.

## Thèmes abordés

- Fixer des attentes en matière de comportement respectueux et montrer soi-même l’exemple.
- Repérer les premiers signes de conflit, d’exclusion ou de harcèlement, y compris dans les équipes hybrides et à distance.
- Réagir lorsqu’un membre de l’équipe fait part d’une préoccupation : écouter, ne pas préjuger, consigner les faits et savoir quand orienter vers d’autres instances.
- Votre obligation d’agir, et l’appui que peuvent vous apporter les RH, l’Ombudsman et le bureau de la déontologie.
- Prévenir les représailles et rétablir la confiance après une affaire difficile.

## Public

Les membres du personnel qui encadrent au moins une personne, y compris les superviseurs de la catégorie des services généraux et les chefs de bureau extérieur. Les participants étudient des cas réalistes en petits groupes, sous la conduite d’un animateur expérimenté. Veuillez suivre au préalable le cours en ligne Travailler ensemble.`,
          },
        ],
      },
      zh: {
        title: "职场中的相互尊重（主管版）",
        summary: "“职场中的相互尊重”工作坊的主管版本：如何以身作则、定下基调，及早回应各种顾虑，以及如何处理团队中有关不当行为的举报。",
      },
    },
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
    translations: {
      fr: {
        title: "La pleine conscience au travail",
        summary: "Une introduction d’une heure, en autoformation, à des pratiques simples de pleine conscience qui aident à gérer le stress, à se concentrer et à récupérer entre deux tâches exigeantes.",
      },
      zh: {
        title: "工作中的正念",
        summary: "一小时的自学入门课程，介绍简单易行的正念练习，帮助您管理压力、集中注意力，并在繁重的任务之间恢复精力。",
      },
    },
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
    translations: {
      fr: {
        title: "PI et chaîne de blocs",
        summary: "Un module en autoformation de l’IP Academy : ce qu’est la technologie de la chaîne de blocs (blockchain) et comment elle peut servir dans l’écosystème de la propriété intellectuelle, de la preuve de création à la gestion des droits.",
      },
      zh: {
        title: "知识产权与区块链",
        summary: "IP Academy自学模块：了解什么是区块链技术，以及它在知识产权生态系统中的潜在用途，从创作证明到权利管理。",
      },
    },
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
    translations: {
      fr: {
        title: "Les bases de l’information en matière de brevets",
        summary: "Un cours mixte de l’IP Academy : un module en ligne sur la structure des documents de brevet et la classification, suivi d’un atelier pratique d’une demi-journée sur la recherche dans les bases de données de brevets gratuites.",
      },
      zh: {
        title: "专利信息基础",
        summary: "IP Academy混合式课程：先通过在线模块了解专利文献的结构和分类，再参加半天的实践工作坊，学习如何检索免费专利数据库。",
      },
    },
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
    translations: {
      fr: {
        title: "Microsoft Teams : l’essentiel",
        summary: "Une classe virtuelle en direct de deux heures pour bien travailler dans Teams : conversations, canaux, réunions, fichiers partagés et bonnes pratiques pour les équipes réparties entre plusieurs lieux d’affectation.",
        lessons: [
          {
            title: "Programme du cours",
            body: `## Ce que vous apprendrez

Cette classe virtuelle en direct est animée par l’équipe de formation informatique dans Teams même : vous mettez en pratique au fur et à mesure.

- **Conversation ou canal ?** Quand utiliser une conversation privée, une conversation de groupe ou le canal d’une équipe, et comment faire pour que les échanges restent faciles à retrouver.
- **Réunions** : planification entre fuseaux horaires, paramètres de salle d’attente et de présentateur, salles pour petits groupes, enregistrement et transcription.
- **Fichiers** : partager et coéditer des documents dans un canal plutôt que de les envoyer en pièce jointe par e-mail.
- **Notifications** : régler votre statut et vos heures calmes pour pouvoir vous concentrer.
- **Savoir-vivre** : couper son micro quand on ne parle pas, utiliser la fonction « Lever la main » et publier un bref résumé après chaque décision.

## Avant la classe

Vérifiez que l’application de bureau Teams est installée et que votre casque et votre caméra fonctionnent. Connectez-vous cinq minutes avant le début. La classe est limitée à 15 participants, pour que chacun puisse essayer chaque fonction.`,
          },
        ],
      },
      zh: {
        title: "Microsoft Teams基础",
        summary: "两小时的直播虚拟课堂，讲解如何高效使用Teams：聊天、频道、会议、共享文件，以及分布在不同工作地点的团队应遵守的协作礼仪。",
      },
    },
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
    translations: {
      fr: {
        title: "Excel : formation essentielle (LinkedIn Learning)",
        summary: "Un cours LinkedIn Learning en autoformation sur les bases d’Excel : saisie de données, formules et fonctions, mise en forme, tri et filtres, graphiques simples. Nécessite une licence LinkedIn Learning.",
      },
      zh: {
        title: "Excel基础培训（LinkedIn Learning）",
        summary: "LinkedIn Learning自学课程，涵盖Excel基础知识：数据录入、公式与函数、格式设置、排序与筛选，以及简单图表。需要LinkedIn Learning许可证。",
      },
    },
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
    translations: {
      fr: {
        title: "Application de gestion des voyages et des réunions : l’essentiel",
        summary: "Un guide d’une heure, en autoformation, pour demander un voyage officiel et organiser des réunions dans l’application de gestion des voyages et des réunions, à l’intention des voyageurs et des assistants administratifs.",
        lessons: [
          {
            title: "De la demande au remboursement",
            body: `## Le parcours d’une demande de voyage

1. **Demande** : le voyageur ou un assistant crée la demande en indiquant l’objet du voyage, les dates, les destinations et la source de financement.
2. **Autorisation de sécurité** : la demande doit comporter l’autorisation de sécurité pour le voyage avant le départ.
3. **Approbation** : le supérieur hiérarchique et le gestionnaire du budget approuvent la demande dans l’application ; vous êtes informé à chaque étape.
4. **Réservation** : l’agence de voyages réserve les billets et les hôtels conformément à la politique en matière de voyages.
5. **Demande de remboursement** : dans les deux semaines suivant votre retour, présentez votre demande de remboursement avec les reçus et toute modification de l’itinéraire.

## Réunions

Pour les réunions et les manifestations, l’application gère les listes de participants, les invitations, la réservation des salles, l’interprétation et les voyages des participants pris en charge. Prenez-vous-y tôt : de nombreux services demandent un préavis de plusieurs semaines.

## Bonnes habitudes

- Dans la mesure du possible, présentez vos demandes au moins trois semaines avant le départ.
- Tenez l’itinéraire à jour lorsque vos plans changent.
- Conservez les reçus originaux jusqu’au règlement de votre demande de remboursement.`,
          },
          {
            title: "Vérification rapide",
            questions: [
              {
                prompt: "Que faut-il avoir obtenu avant de partir en voyage officiel ?",
                explanation: "L’autorisation de sécurité pour le voyage est exigée avant le départ, en plus de l’approbation de la demande.",
                options: ["L’autorisation de sécurité pour le voyage et l’approbation de la demande", "Le règlement de la demande de remboursement", "Rien : la demande peut être créée après coup"],
              },
              {
                prompt: "Qui approuve une demande de voyage dans l’application ? Plusieurs réponses possibles.",
                explanation: "Le supérieur hiérarchique et le gestionnaire du budget donnent tous deux leur approbation.",
                options: ["Le supérieur hiérarchique", "Le gestionnaire du budget", "L’agence de voyages"],
              },
              {
                prompt: "Quand devez-vous présenter votre demande de remboursement de frais de voyage ?",
                explanation: "Présentez-la dans les deux semaines suivant votre retour, avec les reçus.",
                options: ["Dans les deux semaines suivant votre retour", "À la fin de l’exercice financier", "Seulement si on vous la réclame"],
              },
              {
                prompt: "Quelles bonnes habitudes faut-il prendre avec l’application ? Plusieurs réponses possibles.",
                explanation: "Présenter ses demandes tôt, tenir l’itinéraire à jour et conserver les reçus évite bien des problèmes par la suite.",
                options: ["Présenter les demandes environ trois semaines avant le départ", "Mettre à jour l’itinéraire quand les plans changent", "Jeter les reçus une fois photographiés, avant le règlement de la demande"],
              },
            ],
          },
        ],
      },
      zh: {
        title: "差旅与会议应用程序：基本操作",
        summary: "一小时的自学指南，面向出差人员和行政助理，介绍如何在差旅与会议应用程序中申请公务差旅和组织会议。",
      },
    },
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
    languages: ["en", "fr"],
    validityMonths: null,
    mandatory: false,
    translations: {
      fr: {
        title: "Français : classe virtuelle",
        summary: "Cours de français hebdomadaires en direct, en petits groupes, du niveau débutant au niveau avancé, donnés dans une classe virtuelle par des enseignants de langue qualifiés. Test de classement obligatoire.",
        lessons: [
          {
            title: "Fonctionnement du programme de langues",
            body: `## Format

Les cours se déroulent sur un trimestre d’environ douze semaines, à raison de deux séances de 90 minutes par semaine dans une classe virtuelle, avec de courts exercices entre les séances. Les groupes comptent dix participants au plus, pour que chacun prenne la parole à chaque séance.

## Niveaux

Les niveaux suivent le Cadre européen commun de référence pour les langues, de A1 (débutant) à C1 (avancé). Avant de vous inscrire, passez le test de classement en ligne ; l’enseignant confirme votre niveau lors de la première séance.

## Assiduité et attestations

Vous devez assister à au moins 80 % des séances pour recevoir une attestation de participation. Si vous devez manquer une séance, prévenez votre enseignant à l’avance et rattrapez votre retard à l’aide des supports partagés.

## Pourquoi le français

Le français est l’une des deux langues de travail du Secrétariat de l’ONU ; il est très parlé à Genève et dans plusieurs de nos bureaux extérieurs. Même un niveau élémentaire facilite la vie quotidienne et le travail avec les collègues.`,
          },
        ],
      },
      zh: {
        title: "法语：虚拟课堂",
        summary: "每周在虚拟课堂中进行的小班法语直播课，从初级到高级，由合格的语言教师授课。须参加分级测试。",
      },
    },
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
    languages: ["en", "zh"],
    validityMonths: null,
    mandatory: false,
    translations: {
      fr: {
        title: "Chinois : classe virtuelle",
        summary: "Cours de chinois (mandarin) hebdomadaires en direct, en petits groupes, du niveau débutant au niveau intermédiaire, axés sur l’expression orale et les situations courantes au travail. Test de classement obligatoire, sauf pour les débutants.",
      },
      zh: {
        title: "中文：虚拟课堂",
        summary: "每周进行的小班中文（普通话）直播课，从初级到中级，侧重口语表达和日常工作情景。非零基础学员须参加分级测试。",
        lessons: [
          {
            title: "关于中文课程",
            body: `## 课程形式

每期课程约十二周，每周在虚拟课堂中进行两次直播课，每次90分钟。班级规模较小，教师会通过屏幕共享和电子抽认卡带领学员练习汉字和声调。

## 学习内容

- **初级**学员学习拼音、四个声调、问候语、数字和日期，以及有关工作和出行的简单对话。
- **中级**学员积累会议、电话和简短电子邮件中的常用词汇，并阅读以简体字书写的简单短文。

## 实用建议

第一次上课前，请在电脑和手机上安装中文输入法。每天练习十分钟（例如使用抽认卡应用），比每周集中学习一次更有效。

出勤率达到80%及以上方可获得证书。欢迎北京办事处的同事作为会话伙伴参与进来。`,
          },
        ],
      },
    },
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
    languages: ["en"],
    validityMonths: null,
    mandatory: false,
    translations: {
      fr: {
        title: "Espagnol : classe virtuelle",
        summary: "Cours d’espagnol hebdomadaires en direct, en petits groupes, du niveau débutant au niveau avancé, axés sur la communication au travail et dans la vie quotidienne. Test de classement obligatoire.",
      },
      zh: {
        title: "西班牙语：虚拟课堂",
        summary: "每周进行的小班西班牙语直播课，从初级到高级，侧重工作和日常生活中的沟通。须参加分级测试。",
      },
    },
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
    languages: ["en"],
    validityMonths: null,
    mandatory: false,
    translations: {
      fr: {
        title: "Arabe : classe virtuelle",
        summary: "Cours d’arabe standard moderne hebdomadaires en direct, en petits groupes, du niveau débutant au niveau intermédiaire : alphabet, expression orale et lecture. Test de classement obligatoire, sauf pour les débutants.",
      },
      zh: {
        title: "阿拉伯语：虚拟课堂",
        summary: "每周进行的小班现代标准阿拉伯语直播课，从初级到中级，内容涵盖字母、口语和阅读。非零基础学员须参加分级测试。",
      },
    },
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
    translations: {
      fr: {
        title: "Formation stratégique aux relations avec les médias",
        summary: "Une formation d’une journée en présentiel pour les membres du personnel qui s’adressent aux journalistes : messages clés, techniques d’entretien et entretiens d’entraînement enregistrés, commentés par des professionnels des médias.",
      },
      zh: {
        title: "战略媒体培训",
        summary: "为期一天的面授课程，面向需要与记者打交道的工作人员：提炼核心信息，掌握采访技巧，并录制模拟采访，由媒体专业人士点评反馈。",
      },
    },
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
    translations: {
      fr: {
        title: "Présenter lors d’un webinaire",
        summary: "Un atelier virtuel en direct de deux heures pour présenter avec impact en ligne : structure, voix, présence à l’écran, diapositives et maintien de l’attention du public lors des webinaires et des réunions virtuelles.",
        lessons: [
          {
            title: "Présenter en ligne, c’est différent",
            body: `## Ce qui change en ligne

En ligne, le public se laisse facilement distraire, et vous perdez une grande partie des réactions que vous percevez dans une salle. Les présentations doivent être plus courtes, plus structurées et plus interactives.

## Six principes

- **Commencez fort** : dites dès la première minute pourquoi le sujet compte pour votre public.
- **Découpez en séquences** de cinq à sept minutes, chacune se terminant par une question, un sondage ou une synthèse.
- **Regardez la caméra**, placée à hauteur des yeux, avec la lumière devant vous et non derrière.
- **Jouez de votre voix** : variez le rythme et l’intonation, et marquez plus de pauses que cela ne vous semble naturel.
- **Simplifiez vos diapositives** : une idée par diapositive, un texte en grands caractères, peu de puces.
- **Anticipez la technique** : testez le son et le partage d’écran, et confiez la modération de la conversation à un collègue.

## L’atelier

Vous ferez une présentation de trois minutes au début de l’atelier, puis de nouveau à la fin, avec les retours de l’animateur et des autres participants. Préparez un court sujet tiré de votre propre travail.`,
          },
        ],
      },
      zh: {
        title: "网络研讨会演讲技巧",
        summary: "两小时的直播虚拟工作坊，帮助您在线上作出有感染力的演讲：内容结构、声音、镜头表现、幻灯片，以及如何在网络研讨会和虚拟会议中抓住听众的注意力。",
      },
    },
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
    translations: {
      fr: {
        title: "Négociation et résolution des conflits : un jeu sérieux",
        summary: "Un jeu sérieux en ligne d’une heure : vous négociez avec des collègues et des partenaires dans des situations réalistes, puis vous découvrez l’effet de vos choix sur le résultat et sur la relation.",
      },
      zh: {
        title: "谈判与冲突化解：严肃游戏",
        summary: "一小时的在线严肃游戏：您将在贴近现实的情境中与同事和合作伙伴谈判，随后查看自己的选择对结果和双方关系产生了怎样的影响。",
      },
    },
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
    translations: {
      fr: {
        title: "Travailler à distance : programme intensif",
        summary: "Quatre séances virtuelles en direct d’une heure pour aider le personnel et les responsables hiérarchiques à bien travailler à distance : outils et règles, espace et habitudes, confiance et relations, incertitude et résilience.",
        lessons: [
          {
            title: "Les quatre thèmes",
            body: `## Comment se déroule le programme

Le programme comprend quatre séances en direct d’une heure, à raison d’une par semaine, chacune consacrée à un thème. Entre deux séances, vous essayez un petit changement, puis vous racontez comment il s’est passé.

## 1. Outils et règles

Quel canal pour quel usage : la messagerie instantanée pour les questions rapides, l’e-mail pour les décisions, la vidéo pour les discussions. Convenir de délais de réponse et de « règles d’équipe » pour que personne ne se sente obligé d’être connecté en permanence.

## 2. Espace et habitudes

Aménager un espace de travail sain, commencer et terminer sa journée de manière délibérée, faire des pauses et protéger des plages de travail concentré.

## 3. Confiance et relations

Rester visible sans être disponible en permanence, entretenir les contacts informels, accueillir de nouveaux collègues à distance et piloter l’équipe par les résultats plutôt que par la présence.

## 4. Incertitude et résilience

Reconnaître le stress chez soi et chez les autres, faire face aux changements que l’on ne maîtrise pas, et savoir où trouver du soutien, notamment auprès du conseiller du personnel.

Les responsables hiérarchiques sont invités à participer avec leur équipe et à convenir ensemble des règles d’équipe lors de la première séance.`,
          },
        ],
      },
      zh: {
        title: "远程办公训练营",
        summary: "四次一小时的直播虚拟课程，帮助工作人员和主管高效远程办公：工具与规则、空间与作息、信任与关系、不确定性与抗压能力。",
      },
    },
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
    translations: {
      fr: {
        title: "Bienvenue à l’Organisation : programme d’accueil",
        summary: "Le programme d’accueil des nouveaux membres du personnel : une introduction en autoformation à notre mission, à notre structure et à nos règles, suivie d’une journée d’accueil à Genève, ou en ligne pour les bureaux extérieurs.",
        lessons: [
          {
            title: "Vos premières semaines",
            body: `## Bienvenue

Vous rejoignez quelque 1 500 collègues originaires de plus de 120 États membres, qui travaillent à Genève et dans des bureaux extérieurs en Asie, en Afrique, en Amérique latine et en Europe. Ce programme d’accueil vous aide à trouver vos repères pendant vos premières semaines.

## D’abord en ligne

Avant la journée d’accueil, informez-vous sur la mission de l’Organisation, ses secteurs et ses organes directeurs, sur les normes de conduite des fonctionnaires internationaux et sur les principales règles RH relatives aux contrats, aux horaires de travail, aux congés et aux prestations.

## Vos cours obligatoires

Dans les trois mois suivant votre arrivée, suivez les cours obligatoires qui vous sont attribués dans Pathway : Travailler ensemble, BSAFE et Sensibilisation à la fraude. Votre tableau de bord indique où vous en êtes et les échéances.

## La journée d’accueil

Une journée avec les collègues arrivés à la même période : vous rencontrerez des hauts responsables et l’association du personnel, vous découvrirez comment les RH, l’informatique, la sécurité, le service médical et l’équipe Apprentissage et développement (L&D) peuvent vous aider, et vous visiterez le bâtiment. Les collègues des bureaux extérieurs participent en ligne.

## Votre supérieur hiérarchique

Au cours de votre premier mois, convenez avec votre supérieur hiérarchique de vos objectifs et d’un plan de formation.`,
          },
          {
            title: "Normes de conduite",
            statement: "J’ai lu et compris l’introduction aux normes de conduite des fonctionnaires internationaux ainsi que les principales règles RH présentées dans ce programme d’accueil.",
          },
        ],
      },
      zh: {
        title: "欢迎加入本组织：入职培训",
        summary: "面向新入职工作人员的入职培训：先通过自学了解本组织的使命、架构和规章，再参加在日内瓦举行的为期一天的欢迎会，驻外办事处的同事可在线参加。",
      },
    },
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
    translations: {
      fr: {
        title: "Diriger une équipe",
        summary: "Un programme mixte pour les responsables hiérarchiques, nouveaux ou confirmés : des modules en ligne et deux jours en présentiel pour apprendre à diriger, donner un retour, gérer la performance et conduire des équipes hybrides réparties entre plusieurs lieux d’affectation.",
      },
      zh: {
        title: "团队领导力",
        summary: "面向新任和资深主管的混合式培训项目：包括在线模块和两天面授课程，内容涵盖领导团队、提供反馈、绩效管理，以及领导分布在不同工作地点的混合型团队。",
      },
    },
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
