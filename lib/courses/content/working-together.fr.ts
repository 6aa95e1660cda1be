import type { ContentCourseText } from "./types.ts";

/** « Working Together » en français : leçons, attestation et quiz alignés sur working-together.ts (même ordre). */
export const workingTogetherFr: ContentCourseText = {
  title: "Travailler ensemble",
  summary:
    "Ce qu’est un lieu de travail respectueux, comment reconnaître le harcèlement, le harcèlement sexuel et l’abus de pouvoir, comment réagir en tant que témoin et où trouver de l’aide. Cours obligatoire pour l’ensemble du personnel.",
  lessons: [
    {
      title: "Un lieu de travail respectueux",
      body: `## Pourquoi c’est important

Notre personnel vient de plus de 120 États membres et travaille à Genève comme dans des bureaux extérieurs répartis sur plusieurs continents. Cette diversité de langues, de cultures et d’expériences fait notre force, à condition que chacun puisse donner le meilleur de lui-même sans craindre d’être rabaissé, tenu à l’écart ou intimidé.

Chaque membre du personnel, quels que soient sa classe ou son contrat, a le droit d’être traité avec dignité. Chacun a aussi le devoir de traiter les autres de la même façon. Les responsables hiérarchiques portent une responsabilité supplémentaire : ils donnent le ton au sein de leur équipe et doivent agir lorsqu’ils constatent un problème ou en sont informés.

## Le respect au quotidien

Le respect tient surtout à des comportements ordinaires, répétés jour après jour :

- **Courtoisie** : saluer ses collègues, écouter sans interrompre, répondre aux messages dans un délai raisonnable.
- **Équité** : partager ouvertement l’information et les occasions qui se présentent, reconnaître le mérite de chacun, appliquer les mêmes règles à tous.
- **Inclusion** : inviter les collègues plus discrets et les participants à distance à prendre la parole, choisir une langue de travail commune, éviter les plaisanteries qui reposent sur des stéréotypes.
- **Désaccord constructif** : critiquer les idées, pas les personnes ; formuler ses remarques en privé, exemples précis à l’appui.

## Culture, intention et effet

Ce qui passe pour une taquinerie amicale dans une culture peut être vécu comme une humiliation dans une autre. Lorsqu’une personne vous dit qu’une remarque ou un comportement l’a blessée, la question utile n’est pas « Était-ce mon intention ? » mais « Quel effet cela a-t-il eu ? » L’intention compte, mais c’est avec l’effet que l’autre doit vivre. De simples excuses, suivies d’un changement de comportement, suffisent à dissiper la plupart des malentendus avant qu’ils ne s’enveniment.

## Mise en situation

Amira, administratrice P3 récemment arrivée dans un bureau extérieur, remarque que les réunions d’équipe organisées à Genève commencent toujours avant qu’elle ait pu se connecter, et que les décisions se prennent lors de conversations de couloir auxquelles elle n’a pas accès. Personne ne cherche à l’exclure, mais le résultat est là : son travail est souvent refait sans explication.

Lorsqu’elle soulève la question, son responsable hiérarchique convient de quelques changements simples : les réunions ne commencent que lorsque tous les participants sont connectés, les décisions sont consignées par écrit et chaque bureau anime la réunion à tour de rôle. Rien de tout cela ne constitue une faute, mais, si personne n’y avait remédié, la situation aurait facilement pu déboucher sur une réclamation.

## À retenir

- La dignité au travail est à la fois un droit et une responsabilité partagée.
- Les petits gestes du quotidien construisent la confiance, ou l’abîment.
- Intéressez-vous à l’effet d’un comportement, et pas seulement à l’intention qui l’anime.`,
    },
    {
      title: "Reconnaître le harcèlement et le harcèlement sexuel",
      body: `## Le harcèlement

Le **harcèlement** s’entend de tout comportement déplacé et importun dont on peut raisonnablement penser qu’il offensera ou humiliera autrui, ou qui peut être perçu comme tel. Il peut s’agir d’un seul incident grave ou d’une série de faits de moindre gravité. Il peut être verbal, écrit, physique ou en ligne, et se produire au bureau, en mission, lors d’un événement convivial ou sur une messagerie instantanée.

Quelques exemples :

- crier sur un collègue, l’insulter ou l’humilier en public ;
- répandre des rumeurs ou tenir délibérément quelqu’un à l’écart de l’équipe ;
- tenir des propos ou faire des « plaisanteries » offensants sur la nationalité, la race, la religion, le genre, l’orientation sexuelle, l’âge ou le handicap d’une personne ;
- proférer des menaces ou intimider, notamment par des messages répétés hors des heures de travail destinés à faire pression sur quelqu’un.

Le harcèlement s’apprécie au regard de ce qu’une personne raisonnable jugerait offensant ou humiliant, et pas seulement du point de vue de son auteur. Les actes ordinaires de gestion, comme attribuer des tâches, faire un retour franc sur la performance ou refuser une demande pour de bonnes raisons, ne constituent pas du harcèlement dès lors qu’ils sont accomplis de manière équitable et respectueuse.

## Le harcèlement sexuel

Le **harcèlement sexuel** s’entend de tout comportement importun à connotation sexuelle dont on peut raisonnablement penser qu’il offensera ou humiliera autrui, ou qui peut être perçu comme tel, en particulier lorsqu’il perturbe le travail, qu’il est présenté comme une condition d’emploi ou qu’il crée un climat d’intimidation, d’hostilité ou de vexation. Il peut concerner des personnes de tout genre, et son auteur n’occupe pas nécessairement un poste plus élevé.

Quelques exemples :

- attouchements, étreintes ou proximité physique non désirés ;
- commentaires sur le corps, l’apparence ou la vie privée d’une personne ;
- invitations répétées à sortir malgré un « non » clair ;
- envoi d’images, de messages ou de liens à caractère sexuel ;
- sous-entendus selon lesquels une prolongation de contrat, une bonne évaluation ou une mission dépendrait d’une relation personnelle ou sexuelle.

## Mise en situation

Lors d’une conférence à l’étranger, un collègue haut placé envoie à plusieurs reprises, tard le soir, des messages à Daniel, consultant, pour l’inviter dans sa chambre d’hôtel « afin de parler du rapport ». Daniel refuse chaque fois et se met à éviter les réunions auxquelles ce collègue participe.

Ce comportement relève très probablement du harcèlement sexuel : il a une connotation sexuelle, il est importun, il se répète malgré les refus et il a déjà des répercussions sur le travail de Daniel. Peu importe qu’il ait eu lieu en dehors des heures de bureau ou loin du lieu d’affectation : il est lié au travail.

## À retenir

- Ce qui compte, c’est que le comportement soit importun et qu’une personne raisonnable le juge offensant ou humiliant.
- Le harcèlement peut tenir en un seul acte grave ou en une série de faits moins graves, en personne ou en ligne.
- Le harcèlement sexuel n’est jamais acceptable, quels que soient la classe, le genre ou le contrat des personnes concernées.`,
    },
    {
      title: "Abus de pouvoir et discrimination",
      body: `## L’abus de pouvoir

L’**abus de pouvoir** s’entend de l’usage indu d’une position d’influence, de pouvoir ou d’autorité au détriment d’autrui. On l’associe le plus souvent aux supérieurs hiérarchiques, mais toute personne qui contrôle quelque chose dont une autre a besoin (membre d’un jury de sélection, gestionnaire d’un budget, collègue chargé d’approuver les voyages) peut abuser de sa position.

Il consiste notamment à user de son influence pour :

- peser injustement sur la carrière, le contrat, l’évaluation ou les affectations d’une personne ;
- menacer, contraindre ou sanctionner quelqu’un, par exemple parce qu’il a exprimé un désaccord ou fait part d’une préoccupation ;
- obtenir une faveur personnelle, un cadeau ou une relation sexuelle ;
- créer un climat de travail hostile, par exemple en rabaissant constamment quelqu’un devant l’équipe.

## La discrimination

La **discrimination** s’entend de tout traitement injuste ou de toute distinction arbitraire fondés sur la race, le sexe, l’identité de genre, l’orientation sexuelle, la religion, la nationalité, l’origine ethnique, le handicap, l’âge, la langue, l’origine sociale ou toute autre situation de ce type. Elle peut être directe, comme le refus d’examiner une candidature en raison de la nationalité du candidat, ou indirecte, comme une règle d’apparence neutre qui, sans raison valable, désavantage nettement un groupe.

## Ce qui n’est pas un abus de pouvoir

Le rôle d’un responsable hiérarchique est de diriger. Fixer des délais, redistribuer le travail, remédier à une performance insuffisante ou prendre des décisions qu’un membre du personnel désapprouve, tout cela fait partie de sa fonction. Le problème ne naît que lorsque ces actes sont accomplis de mauvaise foi, à des fins illégitimes ou de manière dégradante.

## Mise en situation

Ravi, chef d’unité P4, n’a pas apprécié que Lucia, assistante G5, signale un problème de sécurité directement au service de gestion des bâtiments au lieu de passer par lui. Dans les mois qui suivent, il cesse de la mettre en copie des messages de l’équipe, lui attribue une mauvaise évaluation sans lui avoir fait la moindre remarque auparavant et raconte aux autres qu’« on ne peut pas lui faire confiance ».

Prise isolément, chacune de ces actions pourrait s’expliquer. Mises bout à bout, elles évoquent des représailles et un abus de pouvoir : Ravi semble se servir de sa position pour punir Lucia d’une démarche légitime. Lucia a tout intérêt à consigner les faits et à demander conseil sans attendre (voir la leçon consacrée à l’aide disponible).

## À retenir

- Toute personne qui exerce une influence sur une autre peut en abuser.
- Des décisions de gestion équitables et respectueuses ne constituent pas un abus, même lorsqu’elles déplaisent.
- La discrimination peut être directe ou indirecte ; elle est interdite sous toutes ses formes.
- C’est souvent la répétition qui est révélatrice : notez ce qui se passe, en datant vos notes.`,
    },
    {
      title: "Réagir en tant que témoin : ce que vous pouvez faire",
      body: `## Pourquoi les témoins comptent

La plupart des faits de harcèlement se produisent devant d’autres personnes, ou leur reviennent aux oreilles peu après. Lorsque les collègues se taisent, l’auteur en conclut que son comportement est acceptable, et la personne visée, que personne ne l’aidera. Il suffit qu’un seul collègue réagisse pour que ces deux messages changent.

Nul besoin d’affronter qui que ce soit pour faire la différence. Choisissez une action sans danger, pour vous comme pour la personne visée.

## Les cinq D

Un moyen simple de retenir les options qui s’offrent à vous :

- **Dire** : réagissez sur le moment, calmement et brièvement. « Ce n’est pas acceptable. » « Restons professionnels. »
- **Distraire** : interrompez la situation sans la nommer. Demandez à la personne visée de vous aider sur un document, changez de sujet ou passez au point suivant de l’ordre du jour.
- **Déléguer** : demandez à quelqu’un qui a plus d’autorité, ou dont c’est le rôle, d’intervenir : un supérieur hiérarchique, la présidence de la réunion, ou le service de sécurité si quelqu’un est en danger.
- **Différer** : si vous n’avez pas pu agir sur le moment, prenez des nouvelles de la personne par la suite. « J’ai vu ce qui s’est passé pendant la réunion. Est-ce que ça va ? Voulez-vous que je fasse quelque chose ? »
- **Documenter** : notez ce que vous avez vu et entendu, avec les dates et les heures, et remettez vos notes à la personne visée pour qu’elle décide de l’usage à en faire.

## Respecter les souhaits de la personne visée

C’est sa situation. Proposez-lui votre soutien et informez-la des options présentées dans ce cours, mais ne faites aucun signalement à sa place sans en avoir discuté avec elle, sauf si quelqu’un est en danger immédiat ou si, en tant que supérieur hiérarchique, vous êtes tenu de signaler une faute.

## Mise en situation

Lors d’une visioconférence, un directeur coupe à plusieurs reprises la parole à Mei, jeune collègue du bureau de Beijing, puis finit par lancer : « Écoutons plutôt quelqu’un qui connaît vraiment le sujet. » Les autres participants baissent les yeux vers leur écran.

Tomás, l’un de ses pairs, réactive son micro : « J’aimerais entendre la suite de ce que disait Mei. Mei, vous parliez des chiffres relatifs aux coûts ? » Après l’appel, il lui envoie un court message pour s’assurer qu’elle va bien et note ce qui a été dit, au cas où elle voudrait s’en saisir plus tard.

## À retenir

- Le silence passe pour une approbation ; une petite réaction suffit à changer la donne.
- Parmi les cinq D, choisissez celui qui est le plus sûr dans la situation.
- Soutenez la personne visée et laissez-la décider de la suite.`,
    },
    {
      title: "Obtenir de l’aide et être protégé contre les représailles",
      body: `## Plusieurs voies s’offrent à vous

Si vous subissez ou constatez un comportement inacceptable, vous pouvez choisir la voie qui convient à la situation. Ces voies ne s’excluent pas : vous pouvez commencer par une démarche informelle et déposer ensuite une plainte formelle, dans les délais fixés par le Statut et le Règlement du personnel.

## Le règlement informel

Bien des problèmes peuvent être réglés tôt, sans procédure formelle.

- **Parlez à la personne concernée**, si vous vous sentez en sécurité pour le faire. Décrivez le comportement, ses effets et ce que vous souhaitez voir changer.
- **Adressez-vous à votre supérieur hiérarchique ou au responsable de niveau supérieur**, qui est tenu d’agir sur la base de ce qu’il apprend.
- **Contactez l’ombudsman.** L’ombudsman est indépendant et impartial, et tenu à la confidentialité. Il vous écoute, vous explique les options qui s’offrent à vous et peut vous aider par une médiation ou un dialogue accompagné. Il ne mène pas d’enquête et ne prend parti pour personne.

## Conseils confidentiels et soutien

- **Le Bureau de la déontologie** donne des conseils confidentiels sur les normes de conduite, les conflits d’intérêts et la protection contre les représailles.
- **Le partenaire RH** de votre secteur peut vous expliquer les règles, vos droits et les aménagements possibles, comme une modification temporaire de la voie hiérarchique.
- **Le conseiller du personnel** apporte un soutien psychologique confidentiel, que vous décidiez ou non d’entreprendre d’autres démarches. Le personnel des bureaux extérieurs peut faire appel à ce service à distance.
- **L’Association du personnel** peut vous accompagner et vous conseiller.

## La plainte formelle

Vous pouvez déposer une plainte formelle pour harcèlement, harcèlement sexuel, abus de pouvoir ou discrimination auprès de la fonction de contrôle interne, chargée des enquêtes. La plainte doit préciser ce qui s’est passé, quand, qui était impliqué et qui en a été témoin. Les enquêtes sont menées de manière confidentielle et équitable ; la personne qui porte plainte comme la personne mise en cause sont traitées avec respect et bénéficient d’une procédure régulière. Si les faits sont établis, des mesures disciplinaires peuvent être prises, pouvant aller jusqu’au renvoi.

## La protection contre les représailles

Les représailles désignent toute mesure préjudiciable, directe ou indirecte, prise contre une personne parce qu’elle a signalé de bonne foi une faute ou qu’elle a coopéré à une enquête ou à un audit. Elles constituent en elles-mêmes une faute. Si vous pensez en être victime, contactez sans tarder le Bureau de la déontologie : il peut examiner votre situation et recommander des mesures de protection provisoires.

## Mise en situation

Joanna constate que les remarques d’un collègue sur sa religion sont devenues incessantes. Elle ne sait pas si elle veut engager une procédure formelle. Elle appelle l’ombudsman, qui l’aide à préparer une conversation avec ce collègue. Elle prend aussi rendez-vous avec le conseiller du personnel. Les remarques cessent ; elle conserve ses notes au cas où elles reprendraient.

## À retenir

- Commencez par la voie qui vous met à l’aise ; vous pourrez en changer plus tard.
- Demander conseil est confidentiel et ne revient pas à porter plainte.
- Les représailles sont interdites et traitées avec le plus grand sérieux.`,
    },
    {
      title: "Votre engagement",
      statement:
        "J’ai lu et compris les normes de conduite présentées dans ce cours. Je traiterai mes collègues avec dignité et respect, je ne me livrerai à aucune forme de harcèlement, de harcèlement sexuel, d’abus de pouvoir ou de discrimination et je ne les tolérerai pas, et je sais où demander de l’aide et comment signaler une situation préoccupante.",
    },
    {
      title: "Vérifiez vos connaissances",
      questions: [
        {
          prompt: "Laquelle de ces affirmations décrit le mieux la manière dont le harcèlement est apprécié ?",
          explanation:
            "Pour apprécier s’il y a harcèlement, on se demande si le comportement était importun et si une personne raisonnable le jugerait offensant ou humiliant. L’intention de son auteur n’est pas déterminante.",
          options: [
            "Selon que l’auteur avait ou non l’intention d’offenser",
            "Selon que le comportement était importun et qu’une personne raisonnable le jugerait offensant ou humiliant",
            "Uniquement selon qu’il s’est produit plus de trois fois",
            "Uniquement selon qu’il s’est produit pendant les heures de travail, dans les locaux de l’Organisation",
          ],
        },
        {
          prompt: "Lesquels de ces comportements peuvent constituer du harcèlement sexuel ? Plusieurs réponses possibles.",
          explanation:
            "Les commentaires à caractère sexuel non désirés, l’envoi d’images à caractère sexuel et le fait de lier un avantage professionnel à une relation personnelle sont autant de formes de harcèlement sexuel. Saluer, sur un plan professionnel, la qualité du travail de quelqu’un n’en est pas une.",
          options: [
            "Des remarques répétées sur le corps d’un collègue",
            "L’envoi d’images à caractère sexuel sur la messagerie de l’équipe",
            "Le fait de sous-entendre qu’une prolongation de contrat dépend d’un dîner en tête-à-tête",
            "Le fait de dire à un collègue que son rapport était clair et bien documenté",
          ],
        },
        {
          prompt:
            "Un responsable hiérarchique fait à un membre du personnel, en privé, des remarques franches et précises sur des délais non respectés. S’agit-il d’un abus de pouvoir ?",
          explanation:
            "Gérer la performance de manière équitable et respectueuse fait partie du rôle d’un responsable hiérarchique. Cela ne devient un abus de pouvoir que si c’est fait de mauvaise foi, à des fins illégitimes ou de manière dégradante.",
          options: [
            "Oui, toute remarque négative d’un responsable hiérarchique constitue un abus de pouvoir",
            "Non, une gestion de la performance équitable et respectueuse ne constitue pas un abus de pouvoir",
            "Oui, car les remarques doivent toujours être faites par écrit",
            "Cela dépend uniquement de l’accord du membre du personnel avec ces remarques",
          ],
        },
        {
          prompt: "Qui peut commettre un abus de pouvoir ? Plusieurs réponses possibles.",
          explanation:
            "Toute personne qui a la main sur quelque chose dont une autre a besoin peut abuser de sa position, et pas seulement les supérieurs hiérarchiques directs.",
          options: [
            "Un supérieur hiérarchique",
            "Un membre d’un jury de sélection",
            "Un collègue chargé d’approuver les demandes de voyage",
            "Personne en dessous de la classe de directeur",
          ],
        },
        {
          prompt:
            "En réunion, vous voyez un collègue se faire tourner en ridicule. Vous ne vous sentez pas en sécurité pour interpeller l’auteur. Quelles actions restent à votre portée ? Plusieurs réponses possibles.",
          explanation:
            "Faire diversion, solliciter une personne qui a autorité, prendre des nouvelles après coup et consigner ce que vous avez vu sont autant de réactions valables de la part d’un témoin, qui n’exigent aucune confrontation directe.",
          options: [
            "Interrompre la situation en passant au point suivant de l’ordre du jour",
            "Demander à la présidence de la réunion ou à un supérieur hiérarchique d’intervenir",
            "Prendre des nouvelles de votre collègue après la réunion",
            "Ne rien faire, car seule la personne visée peut agir",
          ],
        },
        {
          prompt:
            "Un collègue vous confie qu’il est victime de harcèlement, mais qu’il n’est pas prêt à le signaler. Personne n’est en danger immédiat et vous n’êtes pas son supérieur hiérarchique. Que devez-vous faire ?",
          explanation:
            "Soutenez la personne et laissez-la décider. Informez-la des options qui s’offrent à elle, comme l’ombudsman ou le conseiller du personnel, sans agir à sa place, sauf si quelqu’un est en danger.",
          options: [
            "Déposer immédiatement une plainte formelle en son nom",
            "En parler au reste de l’équipe pour que tout le monde soit au courant",
            "L’écouter, l’informer des possibilités confidentielles qui existent et respecter sa décision",
            "Lui dire qu’il s’agit sans doute d’un malentendu et qu’il vaut mieux ne pas y prêter attention",
          ],
        },
        {
          prompt: "Quel est le rôle de l’ombudsman ?",
          explanation:
            "L’ombudsman est indépendant et impartial, et tenu à la confidentialité. Il aide les membres du personnel à examiner les options qui s’offrent à eux et peut faciliter un règlement informel ou une médiation, mais il ne mène pas d’enquête et ne prend parti pour personne.",
          options: [
            "Il enquête sur les plaintes formelles et recommande des sanctions",
            "Il apporte une aide indépendante, impartiale et confidentielle pour régler les problèmes de manière informelle",
            "Il représente l’administration dans les litiges avec le personnel",
            "Il accepte ou rejette les demandes de protection contre les représailles",
          ],
        },
        {
          prompt: "Lesquelles de ces mesures constituent des représailles ? Plusieurs réponses possibles.",
          explanation:
            "Les représailles désignent toute mesure préjudiciable prise contre une personne parce qu’elle a signalé de bonne foi une faute ou coopéré à une enquête. L’écarter, la sous-évaluer ou la menacer pour cette raison en sont des exemples. Une décision prise pour des raisons documentées et sans rapport avec un signalement n’en est pas.",
          options: [
            "Retirer quelqu’un d’un projet parce qu’il a signalé une faute",
            "Attribuer sans justification une mauvaise évaluation à un témoin dans une enquête",
            "Menacer de ne pas renouveler un contrat si une plainte n’est pas retirée",
            "Mettre fin à un projet pour des raisons budgétaires documentées, sans lien avec un quelconque signalement",
          ],
        },
        {
          prompt: "À qui devez-vous vous adresser en premier si vous pensez subir des représailles pour avoir signalé une faute ?",
          explanation:
            "C’est le Bureau de la déontologie qui traite les demandes de protection contre les représailles. Il examine la situation et peut recommander des mesures provisoires pour vous protéger.",
          options: [
            "Au Bureau de la déontologie",
            "À la personne que vous avez signalée",
            "À un média extérieur",
            "À personne, puisque les représailles sont impossibles à prouver",
          ],
        },
        {
          prompt: "Lesquelles de ces affirmations sur l’aide disponible sont exactes ? Plusieurs réponses possibles.",
          explanation:
            "Vous pouvez commencer par une démarche informelle et déposer ensuite une plainte formelle, et le conseiller du personnel reste à votre disposition quelle que soit votre décision. Demander un conseil confidentiel ne revient pas à porter plainte.",
          options: [
            "Vous pouvez d’abord tenter un règlement informel, puis déposer une plainte formelle plus tard",
            "Le conseiller du personnel apporte un soutien confidentiel, que vous entrepreniez ou non d’autres démarches",
            "Demander conseil au Bureau de la déontologie déclenche automatiquement une enquête",
            "Seul le personnel en poste à Genève peut faire appel aux services de soutien",
          ],
        },
        {
          prompt:
            "Une collègue vous dit qu’une remarque que vous avez faite sur son accent, en réunion, l’a blessée. Pour vous, c’était une plaisanterie amicale. Quelle est la réaction la plus utile ?",
          explanation:
            "L’intention compte, mais c’est avec l’effet que l’autre doit vivre. Reconnaître cet effet, présenter ses excuses et changer de comportement suffit à dissiper la plupart des malentendus avant qu’ils ne s’enveniment.",
          options: [
            "Lui expliquer que ce n’était qu’une plaisanterie et qu’il n’y a donc pas de problème",
            "Reconnaître l’effet de votre remarque, vous excuser et éviter ce genre de propos à l’avenir",
            "Demander au reste de l’équipe si la plaisanterie les a fait rire",
            "Éviter désormais de lui adresser la parole en réunion",
          ],
        },
        {
          prompt: "Sous quelles formes le harcèlement peut-il se manifester ? Plusieurs réponses possibles.",
          explanation:
            "Le harcèlement peut tenir en un seul incident grave ou en une série de faits moins graves ; il peut être verbal, écrit, physique ou en ligne, et se produire au bureau, en mission ou lors d’un événement convivial lié au travail.",
          options: [
            "Un seul incident grave",
            "Une série de faits moins graves qui, mis bout à bout, sont humiliants",
            "Des messages envoyés sur une messagerie instantanée en dehors des heures de travail",
            "Uniquement des comportements qui ont lieu dans les locaux de l’Organisation",
          ],
        },
        {
          prompt:
            "Lors d’une visioconférence, un directeur balaie l’intervention d’une jeune collègue d’une remarque condescendante. Vous ne souhaitez pas interpeller le directeur. Quelle réaction illustre l’option « Distraire » ?",
          explanation:
            "Distraire, c’est interrompre la situation sans la nommer, par exemple en invitant la collègue à terminer son propos ou en passant au point suivant. Interpeller la personne relève de « Dire » ; demander à la présidence d’intervenir relève de « Déléguer » ; prendre des nouvelles après coup relève de « Différer ».",
          options: [
            "Déclarer devant tout le monde que ce commentaire est inacceptable",
            "Demander à la collègue de terminer ce qu’elle disait au sujet des chiffres",
            "Envoyer un message à la présidence de la réunion pour lui demander d’intervenir",
            "Appeler la collègue après la réunion pour prendre de ses nouvelles",
          ],
        },
        {
          prompt: "Lesquels de ces exemples relèvent de la discrimination ? Plusieurs réponses possibles.",
          explanation:
            "La discrimination est un traitement injuste ou une distinction arbitraire fondés sur une caractéristique personnelle comme la nationalité ou l’âge. Elle peut être directe, ou indirecte lorsqu’une règle d’apparence neutre désavantage un groupe sans raison valable. Répartir le travail en fonction des compétences relève de la gestion ordinaire.",
          options: [
            "Refuser d’examiner une candidature en raison de la nationalité du candidat",
            "Une règle d’apparence neutre qui, sans raison valable, écarte le personnel au-delà d’un certain âge",
            "Confier un dossier complexe au collègue qui a l’expérience la plus pertinente",
            "Exclure un collègue d’une formation en raison de sa religion",
          ],
        },
        {
          prompt:
            "Vous décidez de commencer par soumettre un problème à l’ombudsman de manière informelle. Pourrez-vous encore déposer une plainte formelle plus tard ?",
          explanation:
            "Ces voies ne s’excluent pas : vous pouvez commencer par une démarche informelle et déposer ensuite une plainte formelle, dans les délais fixés par le Statut et le Règlement du personnel.",
          options: [
            "Non : choisir la voie informelle ferme la voie formelle",
            "Oui, dans les délais fixés par le Statut et le Règlement du personnel",
            "Seulement si l’ombudsman donne son accord",
            "Seulement si l’auteur reconnaît les faits",
          ],
        },
      ],
    },
  ],
};
