import type { ContentCourseText } from "./types.ts";

/** BSAFE in French: lessons and quiz aligned with bsafe.ts (same order, same options in the same order). */
export const bsafeFr: ContentCourseText = {
  title: "BSAFE : sensibilisation à la sécurité personnelle",
  summary:
    "Les bons réflexes de sécurité pour le personnel en mission ou en poste dans tout lieu d’affectation : préparation au voyage, sécurité routière, sécurité incendie et urgences médicales, hébergement, appareils numériques, incidents graves, signalement des incidents et bien-être. Cours obligatoire pour l’ensemble du personnel, à renouveler tous les trois ans.",
  lessons: [
    {
      title: "Adopter les bons réflexes de sécurité",
      body: `## La sécurité, c’est l’affaire de tous

Le système de gestion de la sécurité des Nations Unies a pour raison d’être de nous permettre de mener à bien notre travail tout en maintenant les risques à un niveau acceptable. Il s’appuie sur des spécialistes, des plans et des procédures, mais il ne peut pas vous protéger si vous ne jouez pas votre rôle. Votre sécurité personnelle dépend avant tout de ce que vous remarquez, de ce que vous décidez et de ce que vous signalez.

Cela vaut à Genève comme partout ailleurs. La plupart des incidents qui touchent notre personnel n’ont rien de spectaculaire : vols à la tire, accidents de la route, cambriolages, escroqueries en ligne, chutes et maladies. Ce sont aussi ceux que de bonnes habitudes permettent d’éviter.

## Être attentif à son environnement

Être attentif à son environnement, c’est savoir ce qui est normal autour de soi pour remarquer ce qui ne l’est pas.

- **Levez les yeux.** Marcher les yeux rivés sur votre téléphone fait de vous une cible facile et vous empêche de voir les dangers.
- **Repérez vos itinéraires et les issues** chez vous, au travail, à l’hôtel et sur les lieux où vous vous rendez.
- **Soyez attentif aux changements** : un attroupement qui se forme, des commerces qui ferment plus tôt que d’habitude, un véhicule que vous croisez plusieurs fois, un silence inhabituel.
- **Fiez-vous à votre instinct.** Si un lieu ou une personne vous met mal à l’aise, partez. Vous n’avez pas à vous justifier.

## Restez discret

- Adaptez votre tenue et votre comportement aux coutumes locales.
- N’exhibez ni bijoux de valeur, ni appareil photo, ni grosses sommes d’argent liquide.
- Évitez de parler de vos projets de voyage, du nom de votre hôtel ou de votre travail en public ou sur les réseaux sociaux, et ne publiez pas votre position en temps réel.
- Variez vos habitudes lorsque la situation sécuritaire l’exige.

## Sachez qui peut vous aider

Dans chaque lieu d’affectation, une personne est chargée des dispositions de sécurité applicables au personnel des Nations Unies, avec l’appui de professionnels de la sécurité. Au sein de l’Organisation, le point focal pour la sécurité au siège et la personne de contact désignée dans chaque bureau extérieur peuvent vous dire de qui il s’agit et comment les joindre. Enregistrez leurs numéros dans votre téléphone avant d’en avoir besoin, ainsi que les numéros d’urgence locaux.

## Points clés

- La plupart des incidents sont des incidents du quotidien, que de bonnes habitudes permettent d’éviter.
- Sachez ce qui est normal, et réagissez lorsque quelque chose ne l’est pas.
- Restez discret et gardez vos contacts d’urgence à portée de main.`,
    },
    {
      title: "Avant de partir : habilitation de sécurité, séances d’information et appareils",
      body: `## Habilitation de sécurité pour les voyages

Tout voyage officiel exige, avant le départ, une habilitation de sécurité obtenue dans le cadre de la procédure de demande d’autorisation de voyage du système des Nations Unies. Soumettez votre demande suffisamment tôt, en indiquant votre itinéraire complet, vos vols et votre hébergement. L’habilitation permet aux collègues chargés de la sécurité de savoir où vous vous trouvez, de vous prévenir de tout changement et de s’assurer que vous êtes sain et sauf en cas de crise. Mettez votre demande à jour chaque fois que vos plans changent, y compris pour les déplacements annexes pendant une mission.

Certains lieux imposent en outre des mesures particulières : hôtels agréés, véhicules blindés, escorte de sécurité ou formation complémentaire. Ces conditions ne sont pas facultatives : respectez-les, et demandez des précisions si elles ne sont pas claires.

## Séances d’information

Lisez les consignes de sécurité propres à votre destination et assistez à toute séance d’information que l’équipe de sécurité locale organise à votre arrivée. Une bonne séance d’information vous indique :

- les principaux risques et les zones à éviter ;
- les couvre-feux ou les restrictions de déplacement ;
- comment joindre les services de sécurité et l’assistance médicale, et comment fonctionne l’arbre de communication ;
- que faire si la situation se dégrade brusquement.

## Préparation personnelle

- Vérifiez la validité de votre passeport et de votre document de voyage des Nations Unies, et conservez-en des copies à part des originaux.
- Tenez à jour vos données personnelles, les coordonnées de vos proches à prévenir et vos contacts d’urgence dans les systèmes de l’Organisation. S’il vous arrive quelque chose, ces informations servent à vous retrouver, à vous venir en aide et à prévenir votre famille.
- Faites le point avec le service médical sur vos vaccins, vos médicaments et votre assurance maladie en voyage, bien avant le départ.
- Communiquez votre itinéraire à votre supérieur hiérarchique et à une personne de confiance.

## Cyberhygiène en déplacement

Vos appareils contiennent des informations qui intéressent les criminels, et pas seulement eux.

- **Voyagez léger** : n’emportez que les appareils et les données dont vous avez besoin.
- Assurez-vous que vos appareils sont **à jour, chiffrés et verrouillés** par un code PIN ou un mot de passe robuste, et que l’authentification multifacteur est activée.
- Utilisez le **VPN** de l’Organisation sur tout réseau extérieur au bureau, et évitez les Wi-Fi publics pour les tâches sensibles.
- Ne branchez pas vos appareils sur des ports de recharge USB inconnus ; utilisez votre propre chargeur, sur une prise murale.
- Ne laissez jamais vos appareils sans surveillance, y compris dans votre chambre d’hôtel : mettez-les sous clé ou gardez-les sur vous.
- Méfiez-vous des personnes qui vous demandent de leur prêter votre téléphone ou qui vous proposent une clé USB.
- Signalez immédiatement la perte ou le vol d’un appareil au service d’assistance informatique, afin qu’il puisse être verrouillé ou effacé à distance.

## Points clés

- Pas d’habilitation, pas de voyage ; et tenez-la à jour.
- Assistez aux séances d’information et respectez les mesures propres à chaque lieu.
- Préparez vos documents, votre santé et vos appareils avant de partir.`,
    },
    {
      title: "Sécurité routière et déplacements",
      body: `## Le principal risque au quotidien

Les accidents de la route figurent parmi les principales causes de décès et de blessures graves au sein du personnel des Nations Unies dans le monde, devant la violence dans la plupart des lieux. Le risque est le plus élevé dans les pays où les routes sont en mauvais état, la circulation hétéroclite et les soins d’urgence limités, mais il existe partout.

## En tant que passager

- **Attachez votre ceinture à chaque place et à chaque trajet**, même très court. En cas de choc, les passagers arrière non attachés peuvent blesser ceux qui sont assis à l’avant.
- Choisissez des véhicules en bon état, dont les ceintures, les feux et les pneus sont en état de marche. Si un véhicule est manifestement dangereux, n’y montez pas.
- Demandez au conducteur de ralentir s’il roule trop vite, et ne le poussez jamais à se dépêcher pour arriver à l’heure à une réunion.
- Ne distrayez pas le conducteur, et attendez de lui qu’il n’utilise pas son téléphone au volant.
- Évitez autant que possible de circuler de nuit en dehors des villes : le risque d’accident comme celui d’agression y augmente fortement.

## Taxis et VTC

- Prenez les taxis recommandés par votre hôtel ou par le bureau local, ceux d’une station officielle, ou passez par une application réputée.
- Avant de monter, vérifiez que le véhicule et le chauffeur correspondent à la réservation. Demandez « Qui venez-vous chercher ? » plutôt que de donner votre nom.
- Asseyez-vous à l’arrière, gardez votre sac avec vous et, si l’application le permet, partagez votre trajet avec un collègue.

## Deux-roues, marche et transports en commun

- Les mototaxis sont bien plus dangereux que les voitures. Évitez-les ; si vous ne pouvez pas faire autrement, portez un casque.
- À pied, traversez aux endroits prévus à cet effet, croisez le regard des conducteurs et n’oubliez pas que l’on roule peut-être de l’autre côté de la route.
- Dans les transports en commun, gardez vos objets de valeur hors de vue et, tard le soir, restez près du conducteur ou d’autres passagers.

## Si vous conduisez vous-même

Ayez un permis de conduire valable dans le pays, respectez le code de la route local, ne conduisez pas après avoir bu et prévoyez des pauses sur les longs trajets. Au volant d’un véhicule de l’Organisation, respectez ses règles concernant les passagers et les points de contact par radio ou par téléphone.

## Mise en situation

À la sortie d’un atelier qui s’est terminé tard à Abuja, un participant propose à Sara de la raccompagner, mais sa voiture n’a pas de ceintures à l’arrière. Elle le remercie, décline l’offre et demande au bureau d’envoyer son chauffeur habituel. Cela lui coûte une demi-heure.

## Points clés

- La ceinture, à chaque place, à chaque fois.
- La vitesse et la conduite de nuit sont les principales causes d’accidents mortels : vous pouvez refuser l’une comme l’autre.
- Choisissez des véhicules sûrs et des moyens de transport fiables.`,
    },
    {
      title: "Votre hébergement : hôtels, logement et sécurité incendie",
      body: `## Choisir son hôtel et y séjourner

Si le bureau local tient une liste d’hôtels agréés, utilisez-la. Sinon, privilégiez des établissements reconnus, dotés d’un accès contrôlé, de serrures en bon état et d’un dispositif de sécurité visible.

- Demandez si possible une chambre entre le troisième et le sixième étage : assez haut pour être difficile d’accès depuis l’extérieur, assez bas pour rester à la portée de la plupart des échelles de pompiers.
- Ne laissez pas le personnel de l’hôtel annoncer votre numéro de chambre à voix haute, et ne le communiquez pas.
- Gardez la porte verrouillée et mettez la chaîne ou l’entrebâilleur. Vérifiez qui frappe en regardant par le judas ou en appelant la réception.
- Utilisez le coffre-fort de la chambre ou gardez vos objets de valeur sur vous. Ne laissez traîner ni vos documents ni vos appareils.

## Chez vous

Dans votre lieu d’affectation, c’est chez vous que vous passez le plus de temps.

- Vérifiez les serrures des portes et des fenêtres, l’éclairage extérieur, et sachez qui détient des clés.
- Faites connaissance avec vos voisins et notez les numéros d’urgence locaux.
- N’ouvrez pas à des visiteurs inattendus, y compris à des personnes qui se disent envoyées par la compagnie d’eau, d’électricité ou de gaz, sans avoir vérifié leur identité.
- Gardez une petite réserve d’urgence : eau, nourriture, médicaments, argent liquide, lampe de poche et batterie externe chargée.

## Sécurité incendie

Le feu se propage vite, et la fumée fait plus de victimes que les flammes. Chaque fois que vous arrivez dans un lieu que vous ne connaissez pas, prenez deux minutes pour vous préparer :

- **Repérez deux issues** à votre étage et comptez les portes qui séparent votre chambre de chacune d’elles, pour pouvoir les retrouver dans l’obscurité ou dans la fumée.
- Vérifiez que le détecteur de fumée fonctionne et que les fenêtres s’ouvrent.
- Gardez votre clé, votre téléphone et une lampe de poche près du lit.

Si l’alarme se déclenche ou si vous voyez de la fumée :

- **Sortez, restez dehors et appelez les secours.** Ne vous arrêtez pas pour prendre vos affaires.
- Touchez la porte du dos de la main avant de l’ouvrir. Si elle est chaude, ne l’ouvrez pas.
- Sous la fumée, restez près du sol, et prenez l’escalier, jamais l’ascenseur.
- Si vous ne pouvez pas sortir, calfeutrez le pourtour de la porte avec des serviettes mouillées, appelez les services d’urgence pour leur indiquer où vous vous trouvez et faites des signes depuis la fenêtre.

## Mise en situation

En mission à Rio de Janeiro, Kenji est réveillé par une alarme et une odeur de fumée. La veille au soir, il avait compté six portes jusqu’à la cage d’escalier. Le couloir est sombre et enfumé : il avance à quatre pattes, une main sur le mur pour compter les portes, et atteint l’escalier.

## Points clés

- Choisissez un hébergement agréé ou bien tenu, et gardez votre porte verrouillée.
- Repérez deux issues partout où vous logez.
- En cas d’incendie : sortez, restez près du sol, prenez l’escalier.`,
    },
    {
      title: "Urgences médicales, arrestation, détention et prise d’otages",
      body: `## Urgences médicales

Avant de partir, renseignez-vous : où se trouve la clinique ou l’hôpital fiable le plus proche, comment appeler une ambulance, comment joindre le service médical des Nations Unies ou le service d’assistance de votre assureur. Ayez sur vous une carte indiquant votre groupe sanguin, vos allergies, vos problèmes de santé et vos traitements.

Si un collègue est blessé ou tombe malade :

- assurez-vous que les lieux ne présentent pas de danger pour vous ;
- appelez les secours en indiquant le lieu, ce qui s’est passé et l’état de la personne ;
- ne pratiquez que les gestes de premiers secours pour lesquels vous êtes formé ;
- informez dès que possible votre supérieur hiérarchique et le point focal pour la sécurité, car toute décision d’évacuation sanitaire passe par eux.

## Arrestation et détention

Un membre du personnel peut être interpellé, interrogé ou détenu par la police ou par d’autres autorités, parfois par erreur.

- Restez calme et courtois. Ne résistez pas, ne discutez pas, et gardez les mains visibles.
- Présentez-vous comme membre du personnel des Nations Unies et montrez votre pièce d’identité.
- Demandez à contacter votre bureau ou le contact local pour la sécurité des Nations Unies. Réitérez poliment cette demande.
- Ne signez rien que vous ne comprenez pas, et ne proposez pas d’argent.
- Retenez les noms, les lieux et les heures pour pouvoir en rendre compte plus tard.

## Prise d’otages et enlèvement

Les enlèvements de membres du personnel des Nations Unies sont rares, mais connaître les principes de base augmente vos chances. L’Organisation s’emploiera à obtenir votre libération : votre tâche est de rester en vie et en bonne santé.

- **Les premières minutes sont les plus dangereuses.** Restez calme, obéissez aux instructions et ne tentez ni de fuir ni de vous battre, sauf si votre vie est manifestement en danger.
- Gardez votre dignité et faites en sorte d’être perçu comme une personne : si l’on vous autorise à parler, évoquez calmement votre famille et la vie de tous les jours, mais évitez la politique et la religion.
- Instaurez une routine : faites de l’exercice quand vous le pouvez, mangez ce que l’on vous donne, gardez la notion du temps.
- Ne faites aucune promesse au nom de l’Organisation.
- **En cas d’intervention pour vous libérer**, jetez-vous au sol, gardez les mains visibles et vides, et suivez les instructions de l’équipe d’intervention, qui ne sait peut-être pas d’emblée qui vous êtes.

Tenir à jour vos informations personnelles et vos questions de preuve de vie dans les systèmes de l’Organisation facilite le travail de ceux qui œuvrent à votre libération.

## Points clés

- Sachez comment obtenir des soins avant d’en avoir besoin.
- En détention : calme et courtoisie, présentez-vous, demandez à contacter le bureau, ne signez rien.
- En cas de prise d’otages : tenez bon pendant les premières minutes, restez calme, gardez votre dignité.`,
    },
    {
      title: "Après un incident : signaler et prendre soin de soi",
      body: `## Que faire en cas d’incident

Quel que soit l’incident, l’ordre des priorités est toujours le même :

1. **Mettez-vous en sécurité.** Éloignez-vous du danger si vous le pouvez, et n’aidez les autres que si cela ne vous expose pas à un risque plus grand.
2. **Appelez les secours.** Contactez les services d’urgence locaux et le contact pour la sécurité des Nations Unies du lieu où vous vous trouvez.
3. **Informez** votre supérieur hiérarchique et le point focal pour la sécurité, qui veilleront à ce que les bonnes personnes soient prévenues, notamment le service médical et, si nécessaire, votre famille.

## Signalez chaque incident et chaque quasi-incident

Signalez tous les incidents de sécurité et de sûreté, y compris ceux qui semblent mineurs : un vol, une tentative d’effraction, un accident de la route sans blessés, une approche suspecte, une tentative d’hameçonnage sur un appareil professionnel. Les quasi-incidents, ces situations qui ont failli mal tourner, comptent aussi.

Les signalements permettent aux collègues chargés de la sécurité de repérer des tendances, d’alerter les autres, d’adapter leurs consignes pour une ville et de vous aider dans vos démarches auprès de l’assurance ou pour remplacer vos documents. Un signalement court et factuel suffit :

- ce qui s’est passé, où et quand ;
- qui était concerné et si quelqu’un a été blessé ;
- ce que vous avez fait et l’aide dont vous avez encore besoin.

Faites votre signalement auprès du point focal pour la sécurité ou par le canal de signalement des incidents de votre lieu d’affectation, dès que vous pouvez le faire sans danger.

## Stress et bien-être

La sécurité, c’est aussi votre santé mentale et physique. Les longues journées, l’isolement, l’éloignement de la famille et l’exposition à des événements difficiles laissent des traces, que vous soyez en mission pour deux semaines ou affecté loin de chez vous.

Après un événement effrayant, des réactions comme des troubles du sommeil, de l’irritabilité, des images de l’événement qui reviennent sans cesse ou des difficultés de concentration sont courantes et s’estompent généralement en quelques semaines. Parlez-en à une personne de confiance, gardez vos habitudes, dormez et mangez à heures régulières, et limitez l’alcool.

Demandez de l’aide si ces réactions persistent, s’aggravent ou pèsent sur votre travail ou vos relations. Le conseiller du personnel offre un soutien confidentiel, en personne ou à distance, et le service médical peut vous orienter vers d’autres soins. Les responsables hiérarchiques devraient prendre des nouvelles des membres de leur équipe après un incident et leur accorder du temps de repos si nécessaire.

## Mise en situation

À Alger, on arrache le sac de Nadia posé sur une table de café. Elle n’est pas blessée et son passeport était resté dans le coffre-fort de l’hôtel : elle est à deux doigts de ne pas signaler l’incident. Elle le signale pourtant, et apprend que deux collègues ont été visés de la même manière la même semaine. Le bureau diffuse un avis de sécurité, et Nadia reçoit de l’aide pour remplacer son téléphone et ses cartes.

## Points clés

- Mettez-vous en sécurité, appelez les secours, informez.
- Signalez chaque incident et chaque quasi-incident, aussi minime soit-il.
- Prenez soin de vous et de vos collègues, et faites appel au soutien confidentiel qui vous est proposé.`,
    },
    {
      title: "Votre engagement",
      statement:
        "J’ai lu et compris ce cours de sensibilisation à la sécurité personnelle. Je m’engage à obtenir une habilitation de sécurité avant tout voyage officiel, à suivre les consignes et les mesures de sécurité en vigueur dans les lieux où je travaille et que je visite, à tenir à jour mes informations personnelles et mes contacts d’urgence, et à signaler tout incident de sécurité.",
    },
    {
      title: "Vérifiez vos connaissances",
      questions: [
        {
          prompt: "Laquelle de ces causes figure parmi les principales causes de décès et de blessures graves au sein du personnel des Nations Unies ?",
          explanation:
            "Les accidents de la route figurent parmi les principales causes de décès et de blessures graves au sein du personnel des Nations Unies dans le monde : c’est pourquoi la ceinture de sécurité, une vitesse raisonnable et le fait d’éviter les trajets de nuit sont si importants.",
          options: [
            "Les accidents de la route",
            "La foudre",
            "Les allergies alimentaires lors des réceptions",
            "Les pannes d’ascenseur",
          ],
        },
        {
          prompt: "Pourquoi devez-vous mettre à jour votre habilitation de sécurité pour les voyages lorsque vos plans changent en cours de mission ?",
          explanation:
            "L’habilitation indique aux collègues chargés de la sécurité où vous vous trouvez, pour qu’ils puissent vous prévenir de tout changement et s’assurer que vous êtes sain et sauf en cas de crise. Des informations périmées font perdre tout son sens à ce dispositif.",
          options: [
            "Pour que vos frais de voyage vous soient remboursés plus vite",
            "Pour que les collègues chargés de la sécurité sachent où vous êtes, puissent vous prévenir et s’assurer que vous êtes sain et sauf en cas de crise",
            "C’est inutile une fois la première habilitation accordée",
            "Uniquement pour réserver un autre hôtel",
          ],
        },
        {
          prompt: "Parmi ces pratiques, lesquelles relèvent d’une bonne cyberhygiène en déplacement ? Plusieurs réponses possibles.",
          explanation:
            "N’emportez que le nécessaire, utilisez le VPN en dehors du bureau, évitez les ports de recharge USB inconnus et signalez immédiatement la perte d’un appareil. Laisser un ordinateur portable déverrouillé dans une chambre d’hôtel constitue un risque.",
          options: [
            "Utiliser le VPN de l’Organisation sur les réseaux des hôtels et les réseaux publics",
            "Recharger votre téléphone avec votre propre chargeur sur une prise murale plutôt que sur un port USB inconnu",
            "Signaler immédiatement la perte ou le vol d’un appareil au service d’assistance informatique",
            "Laisser votre ordinateur portable déverrouillé dans votre chambre d’hôtel pour que des collègues puissent s’en servir",
          ],
        },
        {
          prompt: "À la fin d’une soirée, on vous propose de vous raccompagner dans une voiture qui n’a pas de ceintures de sécurité à l’arrière. Quel est le choix le plus sûr ?",
          explanation:
            "La ceinture s’impose à chaque place et à chaque trajet. Décliner poliment et organiser un moyen de transport plus sûr est la bonne décision, même si cela prend plus de temps.",
          options: [
            "Accepter, puisque le trajet est court",
            "Accepter, mais s’asseoir au milieu de la banquette arrière",
            "Décliner poliment et organiser un véhicule plus sûr",
            "Accepter et demander au conducteur d’accélérer pour réduire la durée d’exposition au risque",
          ],
        },
        {
          prompt: "L’alarme incendie retentit dans votre hôtel et le couloir se remplit de fumée. Que devez-vous faire ? Plusieurs réponses possibles.",
          explanation:
            "Sous la fumée, restez près du sol, vérifiez du dos de la main si les portes sont chaudes et prenez l’escalier. Ne prenez jamais l’ascenseur en cas d’incendie, et ne vous arrêtez pas pour rassembler vos affaires.",
          options: [
            "Rester près du sol et longer le mur en comptant les portes jusqu’à la sortie",
            "Toucher la porte du dos de la main avant de l’ouvrir",
            "Prendre l’escalier",
            "Prendre l’ascenseur, parce que c’est plus rapide",
            "Faire d’abord votre valise pour ne rien perdre",
          ],
        },
        {
          prompt: "La police vous retient à un poste de contrôle. Quelles attitudes sont appropriées ? Plusieurs réponses possibles.",
          explanation:
            "Restez calme et courtois, présentez-vous et demandez à contacter votre bureau. Ne signez aucun document que vous ne comprenez pas, et ne proposez jamais d’argent.",
          options: [
            "Rester calme et courtois, en gardant les mains visibles",
            "Vous présenter comme membre du personnel des Nations Unies et demander à contacter votre bureau",
            "Proposer de l’argent pour régler rapidement l’affaire",
            "Signer toute déclaration que l’on vous présente pour pouvoir partir plus vite",
          ],
        },
        {
          prompt: "Lors d’une prise d’otages, à quel moment le risque est-il généralement le plus élevé ?",
          explanation:
            "Les premières minutes d’un enlèvement, ainsi que toute opération de libération, sont les moments les plus dangereux. Rester calme et suivre les instructions dès le début augmente vos chances.",
          options: [
            "Pendant les premières minutes de l’enlèvement",
            "Après plusieurs semaines de captivité",
            "Au début des négociations",
            "Quand on vous apporte à manger",
          ],
        },
        {
          prompt: "Lesquels de ces faits devez-vous signaler au point focal pour la sécurité ? Plusieurs réponses possibles.",
          explanation:
            "Signalez chaque incident de sécurité ou de sûreté et chaque quasi-incident, aussi minime soit-il, qu’il y ait eu des blessés ou non. Les signalements aident les collègues chargés de la sécurité à repérer des tendances et à alerter les autres.",
          options: [
            "Un sac arraché sur une table de café, même si personne n’a été blessé",
            "Un véhicule qui a semblé vous suivre deux jours différents",
            "Un accident de la route mineur, sans blessés",
            "Aucun, car seuls les incidents ayant fait des blessés doivent être signalés",
          ],
        },
        {
          prompt: "Quel est le bon ordre des priorités lorsqu’un incident se produit ?",
          explanation:
            "D’abord vous mettre en sécurité, puis appeler les secours, puis informer votre supérieur hiérarchique et le point focal pour la sécurité, afin que l’aide appropriée puisse suivre.",
          options: [
            "Informer votre supérieur hiérarchique, puis vous mettre en sécurité, puis appeler les secours",
            "Vous mettre en sécurité, appeler les secours, informer votre supérieur hiérarchique et le point focal pour la sécurité",
            "Prendre des photos, les publier sur les réseaux sociaux, puis appeler les secours",
            "Rédiger un rapport complet, puis vous mettre en sécurité",
          ],
        },
        {
          prompt: "Deux semaines après un incident effrayant, un collègue dort mal et a du mal à se concentrer. Que lui conseilleriez-vous ?",
          explanation:
            "Ces réactions sont courantes après un événement effrayant. Parler à quelqu’un, garder ses habitudes et recourir au soutien confidentiel du conseiller du personnel sont autant d’aides ; si les réactions persistent ou s’aggravent, il faut chercher une aide supplémentaire.",
          options: [
            "Ne pas y prêter attention : c’est un signe de faiblesse",
            "Garder ses habitudes, parler à une personne de confiance et envisager le soutien confidentiel du conseiller du personnel",
            "Travailler plus longtemps pour s’occuper l’esprit",
            "Attendre au moins un an avant de demander de l’aide",
          ],
        },
        {
          prompt: "À votre arrivée à l’hôtel, quel étage vaut-il mieux demander, si possible ?",
          explanation:
            "Entre le troisième et le sixième étage, on est assez haut pour être difficile d’accès depuis l’extérieur et assez bas pour rester à la portée de la plupart des échelles de pompiers.",
          options: [
            "Le rez-de-chaussée, pour pouvoir sortir rapidement",
            "Entre le troisième et le sixième étage",
            "Le dernier étage, loin de la rue",
            "Cela ne change rien",
          ],
        },
        {
          prompt: "Après une réunion qui s’est terminée tard, vous avez réservé une voiture avec chauffeur par application. Un véhicule s’arrête et le chauffeur demande : « Vous êtes Mme Okafor ? » Que devez-vous faire ?",
          explanation:
            "Avant de monter, vérifiez que le véhicule et le chauffeur correspondent à la réservation, et demandez-lui qui il vient chercher au lieu de donner votre nom : n’importe qui peut confirmer un nom qu’on lui fournit.",
          options: [
            "Confirmer votre nom et monter à l’avant",
            "Demander qui il vient chercher, et vérifier que la voiture et le chauffeur correspondent à la réservation avant de monter",
            "Monter vite pour ne pas rester dans la rue",
            "Montrer au chauffeur votre carte d’identité des Nations Unies",
          ],
        },
        {
          prompt: "Parmi ces mesures, lesquelles sont judicieuses avant une mission ? Plusieurs réponses possibles.",
          explanation:
            "Des documents valables dont les copies sont conservées à part, des contacts d’urgence à jour dans les systèmes de l’Organisation et un point sur votre santé bien avant le départ vous aident, vous et les personnes qui pourraient avoir à vous venir en aide. Rendre votre itinéraire public produit l’effet inverse.",
          options: [
            "Vérifier la validité de votre passeport et de votre document de voyage des Nations Unies, et en garder des copies à part",
            "Mettre à jour les coordonnées de vos proches à prévenir et vos contacts d’urgence dans les systèmes de l’Organisation",
            "Faire le point avec le service médical sur vos vaccins et vos médicaments, bien avant le départ",
            "Publier les détails de votre hôtel et de vos vols sur les réseaux sociaux pour que vos collègues puissent vous trouver",
          ],
        },
        {
          prompt: "En mission, un collègue s’effondre dans la rue. Que devez-vous faire en premier ?",
          explanation:
            "Assurez-vous que les lieux ne présentent pas de danger pour vous, puis appelez les secours en indiquant le lieu, ce qui s’est passé et l’état de la personne. Ne pratiquez que les gestes de premiers secours pour lesquels vous êtes formé, et informez dès que possible votre supérieur hiérarchique et le point focal pour la sécurité.",
          options: [
            "Vous assurer que les lieux ne présentent pas de danger, puis appeler les secours en indiquant le lieu et l’état de la personne",
            "L’emmener vous-même à l’hôpital le plus proche sans prévenir personne",
            "Lui donner les médicaments que vous avez sur vous, quels qu’ils soient",
            "Attendre qu’il reprenne ses esprits avant de décider s’il faut appeler quelqu’un",
          ],
        },
        {
          prompt: "Une équipe d’intervention armée donne l’assaut au bâtiment où vous êtes retenu en otage. Que devez-vous faire ?",
          explanation:
            "Jetez-vous au sol, gardez les mains visibles et vides, et suivez les instructions de l’équipe d’intervention : au début, ses membres ne savent peut-être pas qui vous êtes.",
          options: [
            "Courir vers l’équipe d’intervention pour montrer qui vous êtes",
            "Vous jeter au sol, garder les mains visibles et vides, et suivre ses instructions",
            "Ramasser une arme pour l’aider",
            "Vous cacher et ne plus faire de bruit jusqu’à ce que tout soit fini",
          ],
        },
      ],
    },
  ],
};
