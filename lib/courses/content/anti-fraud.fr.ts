import type { ContentCourseText } from "./types.ts";

/** Anti-fraud awareness in French: lessons aligned with `antiFraud.lessons`, questions and options in the same order. */
export const antiFraudFr: ContentCourseText = {
  title: "Sensibilisation à la fraude",
  summary:
    "Reconnaître la fraude et la corruption dans les achats, les voyages, les prestations et en ligne, éviter les conflits d’intérêts et signaler vos soupçons en toute sécurité. Cours obligatoire pour l’ensemble du personnel.",
  lessons: [
    {
      title: "Fraude et corruption : de quoi parle-t-on ?",
      body: `## Définitions

La **fraude** désigne tout acte ou toute omission visant délibérément à tromper, ou à tenter de tromper, afin d’obtenir un avantage financier ou autre, ou de se soustraire à une obligation. Le mot clé est **délibérément** : une erreur commise de bonne foi dans une demande de remboursement est une erreur à corriger, pas une fraude.

La **corruption** consiste à offrir, donner, recevoir ou solliciter, directement ou indirectement, quoi que ce soit de valeur afin d’influencer indûment les actes d’une autre personne. Pots-de-vin, rétrocommissions et « paiements de facilitation » sont autant de formes de corruption.

D’autres manquements s’y apparentent : la **collusion** (entente secrète entre deux parties ou plus en vue d’un but illégitime, par exemple truquer des offres), la **coercition** (nuire ou menacer de nuire à quelqu’un pour l’influencer) et l’**obstruction** (détruire des preuves ou induire une enquête en erreur).

## Pourquoi c’est important pour nous

Les ressources de l’Organisation lui sont confiées par ses États membres et par les utilisateurs de ses services. Chaque franc perdu à cause de la fraude est un franc qui ne finance pas le travail qu’ils attendent de nous. La fraude nuit aussi à notre réputation, qu’il est long et difficile de rétablir.

L’Organisation applique la **tolérance zéro** à l’égard de la fraude et de la corruption. Ce principe vaut pour les membres du personnel de toutes les classes et de tous les types de contrat, ainsi que pour les consultants, les stagiaires, les prestataires et les fournisseurs.

## Comment la fraude se produit

La fraude suppose en général la réunion de trois éléments :

- **L’occasion** : des contrôles insuffisants, une seule personne qui gère tout un processus, personne pour vérifier.
- **La pression** : des dettes personnelles, des objectifs irréalistes, quelqu’un qui exige un service.
- **La rationalisation** : « Tout le monde le fait », « Je rembourserai », « On me doit bien ça pour toutes mes heures supplémentaires ».

Les responsables hiérarchiques peuvent supprimer l’occasion grâce à des contrôles solides et à la séparation des tâches. Chacun peut agir sur les deux autres en signalant les problèmes tôt et en refusant les excuses.

## Exemples

- Percevoir l’indemnité journalière de subsistance pour des jours qui n’ont pas été passés en mission.
- Présenter une fausse facture ou un reçu modifié.
- Orienter un marché vers un fournisseur qui appartient à un proche.
- Demander l’indemnité pour frais d’études pour un enfant qui n’est pas scolarisé.
- Approuver un paiement que l’on sait indu parce qu’un collègue plus haut placé l’a demandé.

## À retenir

- La fraude est une tromperie délibérée en vue d’obtenir un avantage ; la corruption est une influence indue exercée au moyen de quelque chose de valeur.
- La tolérance zéro s’applique à toutes les personnes qui travaillent avec l’Organisation ou pour elle.
- De bons contrôles suppriment l’occasion ; prendre la parole prive les fraudeurs de leur couverture.`,
    },
    {
      title: "Signaux d’alerte, conflits d’intérêts et cadeaux",
      body: `## Achats

C’est dans les achats que les sommes en jeu sont les plus importantes. Voici les signaux à surveiller :

- un cahier des charges si restrictif qu’un seul fournisseur peut y répondre ;
- des marchés fractionnés en montants plus petits pour rester sous le seuil d’appel d’offres ;
- un fournisseur qui l’emporte toujours, ou des offres étrangement proches les unes des autres ;
- des achats présentés comme « urgents » qui auraient pu être planifiés ;
- un collègue qui tient à traiter seul avec un fournisseur ou qui se dérobe aux contrôles.

## Frais de voyage et prestations

- Des reçus qui semblent modifiés, ou des notes d’hôtel établies dans une autre ville que celle de l’itinéraire.
- Des missions prolongées sur un week-end ou un jour férié sans raison de service.
- Des changements de situation familiale, d’adresse ou de coordonnées bancaires effectués juste avant le versement d’une prestation.
- Des demandes d’indemnité pour frais d’études, de subvention locative ou de congé dans les foyers accompagnées de pièces qui ne concordent pas.

Toute personne qui signe une demande certifie qu’elle est exacte. Tenez vos propres justificatifs à jour et corrigez toute erreur dès que vous la constatez.

## Conflits d’intérêts

Il y a conflit d’intérêts lorsque vos intérêts privés, ou ceux de membres de votre famille ou de proches, pourraient interférer, ou sembler interférer, avec l’exercice de vos fonctions officielles. Se trouver en situation de conflit d’intérêts n’est pas une faute en soi ; le dissimuler, si.

- **Déclarez-le** à votre supérieur hiérarchique et, si nécessaire, au bureau de la déontologie.
- **Retirez-vous** des décisions concernées, par exemple d’un jury de sélection devant lequel se présente un proche, ou de l’évaluation d’une offre soumise par votre ancien employeur.
- **Demandez conseil** au bureau de la déontologie en cas de doute. Ses avis sont confidentiels.

## Cadeaux et invitations

En tant que fonctionnaires internationaux, nous ne pouvons accepter aucun cadeau, aucune distinction honorifique ni aucune faveur d’un gouvernement ou d’une autre source extérieure sans autorisation. Les objets de valeur symbolique, comme un calendrier ou un stylo publicitaire, sont normalement acceptables. Tout le reste doit être refusé ou déclaré conformément aux règles de l’Organisation, et les cadeaux de fournisseurs qui participent à une procédure d’achat en cours ou à venir doivent toujours être refusés.

## Mise en situation

Luca, membre d’une équipe achats à Genève, est invité par un soumissionnaire à une « démonstration de produits » d’un week-end dans une station de ski, tous frais payés, alors que l’appel d’offres est toujours ouvert. Il décline l’invitation, en informe son supérieur hiérarchique et consigne la proposition dans le dossier d’achat.

## À retenir

- Connaissez les signaux d’alerte dans les achats, les voyages et les prestations.
- Déclarez vos conflits d’intérêts et retirez-vous des décisions concernées.
- Refusez les cadeaux des fournisseurs ; en cas de doute, consultez le bureau de la déontologie.`,
    },
    {
      title: "La fraude en ligne",
      body: `## Fraude par e-mail, téléphone et messagerie

De nombreuses tentatives de fraude visant l’Organisation commencent désormais en ligne. Les fraudeurs se renseignent sur les membres du personnel au moyen des réseaux sociaux et des sites web publics, puis se servent de ces informations pour paraître crédibles. Leur but est généralement de vous faire payer une somme, modifier des coordonnées bancaires ou révéler un mot de passe.

## L’hameçonnage

Les messages d’hameçonnage (phishing) se font passer pour une source de confiance : le service d’assistance informatique, une banque, un transporteur ou un collègue. Les signes qui doivent vous alerter :

- l’urgence ou la menace : « Votre boîte aux lettres sera fermée aujourd’hui » ;
- une adresse d’expéditeur légèrement différente de la vraie, ou une adresse de réponse qui n’est pas celle de l’expéditeur ;
- des liens dont la destination réelle ne correspond pas au texte affiché ;
- des pièces jointes inattendues, surtout des archives ou des documents qui vous demandent d’activer le contenu.

Ne cliquez pas, ne répondez pas et n’ouvrez pas les pièces jointes. Utilisez la fonction **Signaler un hameçonnage** de votre messagerie, ou transférez le message au service d’assistance informatique.

## La fraude au changement de coordonnées bancaires

Un « fournisseur » écrit pour annoncer que ses coordonnées bancaires ont changé et demande que le prochain paiement soit versé sur un nouveau compte. Le message peut provenir de la boîte piratée d’un vrai fournisseur et mentionner d’authentiques numéros de facture.

Ne modifiez jamais des coordonnées bancaires sur la seule foi d’un e-mail. **Vérifiez par téléphone** en appelant un numéro que vous possédez déjà pour ce fournisseur, et non celui qui figure dans le message, puis suivez la procédure financière prévue pour modifier les données d’un fournisseur.

## La fraude au président

Une personne se fait passer pour un directeur ou un autre haut fonctionnaire et demande un paiement ou un virement urgent et confidentiel, souvent un vendredi après-midi ou pendant que la personne dont elle usurpe l’identité est en déplacement. Elle peut affirmer que l’affaire est sensible et que vous ne devez en parler à personne.

Le secret associé à l’urgence doit vous alerter. Vérifiez la demande par un autre canal et suivez la procédure d’approbation habituelle. Aucun vrai responsable ne s’y opposera.

## Mise en situation

Une assistante financière du bureau de Tokyo reçoit un e-mail qui semble venir du directeur de la division : il lui demande d’effectuer avant la fin de la journée un virement urgent sur le compte d’un nouveau consultant. Elle appelle le bureau du directeur au numéro habituel. Le directeur n’est au courant de rien. Le message est signalé, puis bloqué dans toute l’Organisation en moins d’une heure.

## À retenir

- L’urgence, le secret et le changement de coordonnées bancaires sont des signaux d’alerte classiques.
- Avant d’agir, vérifiez par un canal distinct et connu.
- Signalez les messages suspects, même si vous ne vous êtes pas laissé prendre.`,
    },
    {
      title: "Signaler une fraude et protection des lanceurs d’alerte",
      body: `## Votre obligation de signalement

Tous les membres du personnel ont l’obligation de signaler tout soupçon de fraude, de corruption ou d’autre manquement. Nul besoin de preuve : un soupçon raisonnable, formulé de bonne foi, suffit. Ne menez pas l’enquête vous-même, n’interpellez pas les personnes en cause et ne recueillez pas d’éléments d’une manière qui pourrait les alerter ou enfreindre les règles relatives à la vie privée. Laissez ce travail aux professionnels.

## Comment signaler

Vous pouvez vous adresser :

- **au service de contrôle interne**, chargé des enquêtes, par e-mail, par courrier ou en personne ;
- **à la ligne d’alerte confidentielle** gérée par le service de contrôle interne, qui reçoit les signalements par téléphone ou au moyen d’un formulaire web sécurisé, y compris de manière anonyme ;
- **à votre supérieur hiérarchique** ou à un responsable de rang plus élevé, qui doit transmettre le signalement au service de contrôle interne.

Un signalement utile indique ce qui s’est passé, quand et où, qui était impliqué, comment vous en avez eu connaissance et où se trouvent les éventuels documents. Les signalements anonymes sont acceptés, mais un signalement nominatif est plus facile à suivre, et votre identité restera confidentielle.

## Protection contre les représailles

Les membres du personnel qui signalent de bonne foi un manquement, ou qui coopèrent à une enquête ou à un audit, sont protégés contre les représailles. Si vous pensez subir un préjudice parce que vous avez fait un signalement (promotion bloquée, mutation soudaine, menaces…), contactez le **bureau de la déontologie**. Il examine les demandes de protection et peut recommander des mesures provisoires le temps que le dossier soit étudié.

Faire sciemment un faux signalement pour nuire à quelqu’un constitue en soi un manquement.

## Conséquences de la fraude

Lorsqu’une fraude ou un acte de corruption est établi, les conséquences peuvent être les suivantes :

- des mesures disciplinaires pouvant aller jusqu’au renvoi ;
- le recouvrement des sommes perdues, y compris par retenue sur le traitement ou sur les sommes dues à la cessation de service ;
- la saisine des autorités nationales en vue de poursuites pénales ;
- pour les fournisseurs, l’exclusion de toute relation d’affaires avec l’Organisation et avec d’autres entités des Nations Unies.

## Mise en situation

Fatima, en poste dans un bureau extérieur, remarque que les trois mêmes entreprises soumissionnent à chaque petit marché et que leurs prix diffèrent à chaque fois d’un écart presque identique. Elle n’est pas certaine qu’il y ait un problème, mais elle décrit ce qu’elle a observé à la ligne d’alerte confidentielle, sans en parler à l’équipe. Quelques mois plus tard, elle apprend qu’une enquête a mis au jour une entente entre soumissionnaires et que les entreprises ont été exclues.

## À retenir

- Signalez vos soupçons de bonne foi ; vous n’avez pas besoin de preuves.
- Adressez-vous au service de contrôle interne, à la ligne d’alerte ou à votre supérieur hiérarchique.
- Les représailles contre les lanceurs d’alerte sont interdites ; si vous en êtes victime, contactez le bureau de la déontologie.`,
    },
    {
      title: "Votre engagement",
      statement:
        "J’ai lu et compris ce cours de sensibilisation à la fraude. Je m’engage à agir avec intégrité, à déclarer tout conflit d’intérêts, à refuser tout cadeau inapproprié et à signaler tout soupçon de fraude ou de corruption par les canaux décrits.",
    },
    {
      title: "Vérifiez vos connaissances",
      questions: [
        {
          prompt: "Qu’est-ce qui distingue une fraude d’une erreur commise de bonne foi dans une demande de remboursement ?",
          explanation:
            "La fraude suppose l’intention de tromper pour obtenir un avantage ou se soustraire à une obligation. Une erreur de bonne foi doit être corrigée, mais ce n’est pas une fraude.",
          options: [
            "Le montant en jeu",
            "Une tromperie délibérée en vue d’obtenir un avantage ou de se soustraire à une obligation",
            "Le fait que la demande ait été présentée en ligne",
            "Le fait qu’un supérieur hiérarchique ait approuvé la demande",
          ],
        },
        {
          prompt: "Parmi les situations suivantes, lesquelles sont des signaux d’alerte dans les achats ? Plusieurs réponses possibles.",
          explanation:
            "Fractionner un marché pour rester sous les seuils, rédiger un cahier des charges sur mesure pour un fournisseur et recevoir des offres étrangement proches sont des signaux d’alerte classiques. Publier un appel d’offres ouvert avec des critères clairs relève au contraire des bonnes pratiques.",
          options: [
            "Un marché fractionné en plusieurs marchés plus petits pour rester sous le seuil d’appel d’offres",
            "Un cahier des charges rédigé de sorte qu’un seul fournisseur puisse y répondre",
            "Des offres d’entreprises différentes aux prix étrangement proches",
            "Un appel d’offres publié ouvertement, avec des critères d’évaluation clairs",
          ],
        },
        {
          prompt: "On vous propose de siéger à un jury de sélection et vous découvrez que l’un des candidats est votre cousin. Que devez-vous faire ?",
          explanation:
            "Se trouver en conflit d’intérêts n’est pas une faute en soi ; le dissimuler, si. Déclarez le conflit et retirez-vous de la décision.",
          options: [
            "Rester dans le jury en notant votre cousin équitablement",
            "Déclarer le conflit d’intérêts et vous retirer du jury",
            "Ne rien dire, puisque vous n’êtes pas proches",
            "Demander à votre cousin de retirer sa candidature",
          ],
        },
        {
          prompt: "Un fournisseur qui participe à un appel d’offres en cours vous invite à un dîner coûteux « pour faire connaissance ». Quelle est la bonne réaction ?",
          explanation:
            "Les cadeaux et invitations de fournisseurs qui participent à une procédure d’achat en cours ou à venir doivent toujours être refusés. Informez votre supérieur hiérarchique pour que la proposition soit consignée.",
          options: [
            "Accepter, à condition de payer vous-même vos boissons",
            "Accepter, puis le déclarer",
            "Décliner l’invitation et en informer votre supérieur hiérarchique",
            "Proposer plutôt un restaurant moins cher",
          ],
        },
        {
          prompt: "Un fournisseur habituel vous écrit que ses coordonnées bancaires ont changé et vous demande de régler la prochaine facture sur un nouveau compte. Que devez-vous faire ? Plusieurs réponses possibles.",
          explanation:
            "C’est une tentative classique de fraude au changement de coordonnées bancaires. Vérifiez au moyen des coordonnées que vous possédez déjà, et non de celles qui figurent dans l’e-mail, et suivez la procédure financière prévue pour modifier les données d’un fournisseur.",
          options: [
            "Appeler le fournisseur à un numéro que vous possédez déjà pour obtenir confirmation",
            "Suivre la procédure financière de modification des coordonnées bancaires des fournisseurs",
            "Modifier les coordonnées immédiatement, puisque l’e-mail cite un vrai numéro de facture",
            "Répondre à l’e-mail pour demander la confirmation du nouveau compte",
          ],
        },
        {
          prompt: "Quelle combinaison de caractéristiques est typique de la fraude au président ?",
          explanation:
            "La fraude au président associe généralement un expéditeur qui semble haut placé, l’urgence et une exigence de secret, afin de vous empêcher de vérifier par les circuits habituels.",
          options: [
            "Une demande urgente d’un haut fonctionnaire, qui doit rester secrète",
            "Une demande courante qui suit le circuit d’approbation normal",
            "Une lettre d’information de l’équipe de la communication",
            "Une invitation à une réunion envoyée longtemps à l’avance",
          ],
        },
        {
          prompt: "Par quels canaux pouvez-vous signaler un soupçon de fraude ? Plusieurs réponses possibles.",
          explanation:
            "Vous pouvez vous adresser directement au service de contrôle interne, passer par sa ligne d’alerte confidentielle (de manière anonyme si vous le préférez) ou informer votre supérieur hiérarchique, qui doit transmettre le signalement. Interpeller vous-même la personne n’est pas un moyen de signalement et pourrait compromettre une enquête.",
          options: [
            "Le service de contrôle interne",
            "La ligne d’alerte confidentielle, de manière anonyme si vous le souhaitez",
            "Votre supérieur hiérarchique, qui doit transmettre le signalement",
            "Interpeller la personne soupçonnée et lui demander des explications",
          ],
        },
        {
          prompt: "Vous avez signalé de bonne foi un soupçon de fraude et, peu après, on vous retire sans explication votre projet principal. Que devez-vous faire ?",
          explanation:
            "Les membres du personnel qui font un signalement de bonne foi sont protégés contre les représailles. Le bureau de la déontologie examine les demandes de protection et peut recommander des mesures provisoires.",
          options: [
            "L’accepter : les personnes qui signalent ne bénéficient d’aucune protection",
            "Retirer votre signalement",
            "Contacter le bureau de la déontologie pour demander une protection contre les représailles",
            "En parler sur les réseaux sociaux",
          ],
        },
        {
          prompt: "Un collègue justifie une demande de frais de voyage gonflée en disant : « Tout le monde le fait, et on me doit bien ça pour toutes mes heures supplémentaires. » Quel élément du mécanisme de la fraude cette phrase illustre-t-elle ?",
          explanation:
            "La fraude suppose en général la réunion de l’occasion, de la pression et de la rationalisation. « Tout le monde le fait » et « on me doit bien ça » relèvent de la rationalisation : ce sont les excuses que l’on se donne à soi-même.",
          options: ["L’occasion", "La pression", "La rationalisation", "La collusion"],
        },
        {
          prompt: "Parmi les pratiques suivantes, lesquelles sont des formes de corruption ? Plusieurs réponses possibles.",
          explanation:
            "La corruption consiste à offrir, donner, recevoir ou solliciter quoi que ce soit de valeur pour influencer indûment les actes d’une personne : pots-de-vin, rétrocommissions et paiements de facilitation en font partie. Déclarer un conflit d’intérêts est, au contraire, la conduite à tenir.",
          options: [
            "Une rétrocommission versée par un fournisseur après l’attribution d’un marché",
            "Un « paiement de facilitation » pour accélérer un dédouanement",
            "Demander un service à un soumissionnaire en échange d’une meilleure note",
            "Déclarer à votre supérieur hiérarchique qu’un soumissionnaire emploie votre frère",
          ],
        },
        {
          prompt: "En fin d’année, un fournisseur vous envoie un calendrier à son logo. Aucune procédure d’achat avec ce fournisseur n’est en cours ni prévue. Quelle règle s’applique ?",
          explanation:
            "Les objets de valeur symbolique, comme un calendrier ou un stylo publicitaire, sont normalement acceptables. Tout le reste doit être refusé ou déclaré, et les cadeaux de fournisseurs qui participent à une procédure d’achat en cours ou à venir doivent toujours être refusés.",
          options: [
            "Il est normalement acceptable : c’est un objet de valeur symbolique",
            "Il doit être refusé, quelle que soit sa valeur",
            "Il n’est acceptable que si vous le partagez avec votre équipe",
            "Il doit être signalé comme une fraude au service de contrôle interne",
          ],
        },
        {
          prompt: "Un e-mail qui semble venir du service d’assistance informatique vous annonce que votre boîte aux lettres sera fermée aujourd’hui si vous ne vous connectez pas au moyen d’un lien. Que devez-vous faire ?",
          explanation:
            "L’urgence, les menaces et les liens sont des signes classiques d’hameçonnage. Ne cliquez pas, ne répondez pas et n’ouvrez pas les pièces jointes : utilisez la fonction de signalement d’hameçonnage ou transférez le message au service d’assistance informatique.",
          options: [
            "Cliquer vite sur le lien pour ne pas perdre votre boîte aux lettres",
            "Répondre pour demander si le message est authentique",
            "Ne pas cliquer, et signaler le message avec la fonction de signalement d’hameçonnage ou au service d’assistance informatique",
            "Le transférer à vos collègues, lien compris, pour les mettre en garde",
          ],
        },
        {
          prompt: "Qu’est-ce qui rend un signalement de soupçon de fraude vraiment utile ? Plusieurs réponses possibles.",
          explanation:
            "Un signalement utile indique ce qui s’est passé, quand et où, qui était impliqué, comment vous le savez et où trouver les documents. Vous n’avez pas besoin de preuves, et vous ne devez pas recueillir d’éléments d’une manière qui pourrait alerter les personnes en cause.",
          options: [
            "Ce qui s’est passé, quand et où",
            "Qui était impliqué et comment vous le savez",
            "Où trouver les éventuels documents",
            "Des preuves recueillies en fouillant le bureau de la personne soupçonnée",
          ],
        },
        {
          prompt: "Quelles conséquences peut entraîner une fraude commise par un fournisseur, une fois établie ? Plusieurs réponses possibles.",
          explanation:
            "Le fournisseur peut être exclu de toute relation d’affaires avec l’Organisation et avec d’autres entités des Nations Unies, les sommes perdues peuvent être recouvrées et l’affaire peut être transmise aux autorités nationales en vue de poursuites.",
          options: [
            "L’exclusion de toute relation d’affaires avec l’Organisation et d’autres entités des Nations Unies",
            "Le recouvrement des sommes perdues",
            "La saisine des autorités nationales en vue de poursuites pénales",
            "Aucune, si le fournisseur rembourse discrètement le montant",
          ],
        },
        {
          prompt: "Vous ne savez pas si l’invitation d’un ancien employeur crée un conflit d’intérêts. Qui peut vous conseiller en toute confidentialité ?",
          explanation:
            "Le bureau de la déontologie donne des conseils confidentiels en cas de doute sur un conflit d’intérêts. Posez-lui la question avant d’agir.",
          options: [
            "Le bureau de la déontologie",
            "L’ancien employeur",
            "Personne : c’est à vous de trancher sans aide",
            "L’équipe commerciale du fournisseur",
          ],
        },
      ],
    },
  ],
};
