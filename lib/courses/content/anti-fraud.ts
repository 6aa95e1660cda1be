import { MANDATORY_QUIZ_RULES, type ContentCourse } from "./types.ts";
import { antiFraudFr } from "./anti-fraud.fr.ts";
import { antiFraudZh } from "./anti-fraud.zh.ts";

/** Mandatory online anti-fraud awareness course. */
export const antiFraud: ContentCourse = {
  code: "AFA",
  title: "Anti-fraud awareness",
  summary:
    "How to recognise fraud and corruption in procurement, travel, entitlements and online, how to avoid conflicts of interest, and how to report concerns safely. Mandatory for all staff.",
  categoryCode: "ETHICS",
  mode: "ONLINE",
  trainingDays: "0.125",
  languages: ["en", "fr", "zh"],
  validityMonths: null,
  mandatory: true,
  quizRules: MANDATORY_QUIZ_RULES,
  translations: { fr: antiFraudFr, zh: antiFraudZh },
  lessons: [
    {
      kind: "READING",
      title: "What fraud and corruption are",
      required: true,
      body: `## Definitions

**Fraud** is any act or omission that intentionally misleads, or tries to mislead, in order to obtain a financial or other benefit, or to avoid an obligation. The key word is **intentionally**: an honest mistake in a claim is an error to correct, not fraud.

**Corruption** is offering, giving, receiving or asking for anything of value, directly or indirectly, to improperly influence the actions of another person. Bribes, kickbacks and "facilitation payments" are all forms of corruption.

Related forms of misconduct include **collusion** (two or more parties secretly agreeing to achieve an improper purpose, such as fixing bids), **coercion** (harming or threatening to harm someone to influence them) and **obstruction** (destroying evidence or misleading an investigation).

## Why it matters to us

The organisation's resources are entrusted to it by its member states and by the users of its services. Every franc lost to fraud is a franc not spent on the work they expect from us. Fraud also damages our reputation, which is hard to rebuild.

The organisation has **zero tolerance** for fraud and corruption. This applies to staff of all grades and contract types, and to consultants, interns, contractors and suppliers.

## How fraud happens

Fraud usually needs three things together:

- **Opportunity**: weak controls, one person handling a whole process, no one checking.
- **Pressure**: personal debt, unrealistic targets, someone demanding a favour.
- **Rationalisation**: "Everyone does it", "I'll pay it back", "They owe me for the overtime".

Managers can remove opportunity through sound controls and segregation of duties. All staff can reduce the other two by speaking up early and refusing to accept excuses.

## Examples

- Claiming the daily subsistence allowance for days not spent on mission.
- Submitting a false invoice or an altered receipt.
- Steering a contract to a supplier owned by a relative.
- Claiming an education grant for a child who is not enrolled.
- Approving a payment you know is not due because a senior colleague asked you to.

## Key points

- Fraud is intentional deception for a benefit; corruption is improper influence through something of value.
- Zero tolerance applies to everyone who works with or for the organisation.
- Good controls remove opportunity; speaking up removes cover.`,
    },
    {
      kind: "READING",
      title: "Red flags, conflicts of interest and gifts",
      required: true,
      body: `## Procurement

Procurement is where the largest sums are at stake. Watch for:

- requirements written so narrowly that only one supplier can meet them;
- contracts split into smaller amounts to stay below a tender threshold;
- a supplier who always wins, or bids that are suspiciously close to each other;
- urgent "emergency" purchases that could have been planned;
- a colleague who insists on dealing with one supplier alone or resists scrutiny.

## Travel claims and entitlements

- Receipts that look altered, or hotel bills from a different city than the itinerary.
- Missions extended over weekends or holidays without a business reason.
- Changes to dependency status, address or bank details made just before an entitlement is paid.
- Education grant, rental subsidy or home leave claims with documents that do not match.

Everyone who signs a claim certifies that it is true. Keep your own records accurate, and correct mistakes as soon as you find them.

## Conflicts of interest

A conflict of interest arises when your private interests, or those of family members or close friends, could interfere, or appear to interfere, with your official duties. Having a conflict is not wrongdoing in itself; hiding it is.

- **Declare** it to your supervisor and, where needed, to the ethics office.
- **Step aside** from decisions where the conflict applies, such as a selection panel for a relative or an evaluation of a former employer's bid.
- **Ask** the ethics office when you are unsure. Advice is confidential.

## Gifts and hospitality

As international civil servants, we may not accept gifts, honours or favours from any government or outside source without authorisation. Small items of token value, such as a calendar or a pen with a logo, are normally acceptable. Anything more must be declined or declared under the organisation's rules, and gifts from suppliers involved in a current or upcoming procurement must always be refused.

## Scenario

Luca, in a procurement team in Geneva, is invited by a bidder to a weekend "product demonstration" at a ski resort, all expenses paid, while the tender is still open. He declines, tells his supervisor and notes the offer in the procurement file.

## Key points

- Know the red flags in procurement, travel and entitlements.
- Declare conflicts of interest and step aside.
- Refuse gifts from suppliers; ask the ethics office when in doubt.`,
    },
    {
      kind: "READING",
      title: "Cyber-enabled fraud",
      required: true,
      body: `## Fraud by email, phone and message

Many fraud attempts against the organisation now start online. Criminals research staff on social media and public websites, then use that knowledge to sound convincing. Their goal is usually to make you pay money, change bank details or reveal a password.

## Phishing

Phishing messages pretend to come from a trusted source, such as the IT service desk, a bank, a courier or a colleague. Warning signs include:

- urgency or threats: "Your mailbox will be closed today";
- a sender address that is slightly wrong, or a reply-to address that differs from the sender;
- links whose real destination does not match the text;
- unexpected attachments, especially archives or documents asking you to enable content.

Do not click, reply or open attachments. Use the **report phishing** function in your email client, or forward the message to the IT service desk.

## Invoice redirection

A "supplier" writes to say their bank details have changed and asks that the next payment go to a new account. The email may come from a real supplier's hacked mailbox and include genuine invoice numbers.

Never change bank details on the strength of an email alone. **Verify by phone** using a number you already hold for the supplier, not the one in the message, and follow the finance procedure for changing vendor details.

## CEO fraud

Someone poses as a director or other senior official and asks for an urgent, confidential payment or transfer, often on a Friday afternoon or while the real person is travelling. They may say that the matter is sensitive and that you must not discuss it with anyone.

Secrecy and urgency together are a warning sign. Check the request through another channel, and follow the normal approval process. No genuine senior official will object.

## Scenario

A finance assistant in the Tokyo office receives an email that appears to come from the Director of the division, asking for an urgent transfer to a new consultant's account before the end of the day. The assistant calls the Director's office on the usual number. The Director knows nothing about it. The message is reported and blocked across the organisation within the hour.

## Key points

- Urgency, secrecy and changed bank details are classic warning signs.
- Verify through a separate, known channel before acting.
- Report suspicious messages, even if you did not fall for them.`,
    },
    {
      kind: "READING",
      title: "Reporting fraud and protection for whistle-blowers",
      required: true,
      body: `## Your duty to report

All staff have a duty to report suspected fraud, corruption or other misconduct. You do not need proof: a reasonable, good-faith suspicion is enough. Do not investigate yourself, confront the people involved or collect evidence in ways that could alert them or break rules on privacy. Leave that to the professionals.

## How to report

You can report to:

- **the internal oversight function**, which is responsible for investigations, by email, by post or in person;
- **the confidential hotline** run by the internal oversight function, which accepts reports by phone or through a secure web form and allows anonymous reporting;
- **your supervisor** or a more senior manager, who must pass the report on to the internal oversight function.

A useful report says what happened, when and where, who was involved, how you know, and where any documents can be found. Anonymous reports are accepted, but a named report is easier to follow up, and your identity will be kept confidential.

## Protection against retaliation

Staff who report misconduct in good faith, or who cooperate with an investigation or audit, are protected against retaliation. If you believe you are suffering harm because you reported, such as a blocked promotion, a sudden transfer or threats, contact the **ethics office**. It reviews requests for protection and can recommend interim measures while a case is assessed.

Knowingly making a false report to harm someone is itself misconduct.

## Consequences of fraud

Where fraud or corruption is established, consequences can include:

- disciplinary measures, up to dismissal;
- recovery of the money lost, including from salary or final entitlements;
- referral to national authorities for criminal prosecution;
- for suppliers, exclusion from doing business with the organisation and with other UN entities.

## Scenario

Fatima, in an external office, notices that the same three companies bid on every small contract, and their prices differ by almost exactly the same amount each time. She is not sure it is wrong, but she uses the confidential hotline to describe the pattern. She does not discuss it with the team. Months later she learns that an investigation found bid rigging, and the companies have been excluded.

## Key points

- Report suspicions in good faith; you do not need proof.
- Use the internal oversight function, the hotline or your supervisor.
- Retaliation against whistle-blowers is prohibited; contact the ethics office if it happens.`,
    },
    {
      kind: "ATTESTATION",
      title: "Your commitment",
      required: true,
      statement:
        "I have read and understood this anti-fraud awareness course. I will act with integrity, declare any conflict of interest, refuse improper gifts, and report suspected fraud or corruption through the channels described.",
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
          prompt: "What distinguishes fraud from an honest mistake in a claim?",
          kind: "SINGLE",
          explanation:
            "Fraud requires intent to deceive in order to obtain a benefit or avoid an obligation. An honest mistake should be corrected, but it is not fraud.",
          options: [
            { text: "The amount of money involved", correct: false },
            { text: "Intentional deception to obtain a benefit or avoid an obligation", correct: true },
            { text: "Whether the claim was submitted online", correct: false },
            { text: "Whether a supervisor approved the claim", correct: false },
          ],
        },
        {
          prompt: "Which of these are red flags in procurement? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Splitting contracts to avoid thresholds, requirements tailored to one supplier and suspiciously similar bids are classic red flags. Publishing a tender openly with clear criteria is good practice.",
          options: [
            { text: "A contract split into several smaller ones to stay below a tender threshold", correct: true },
            { text: "Requirements written so that only one supplier can meet them", correct: true },
            { text: "Bids from different companies that are suspiciously close in price", correct: true },
            { text: "A tender published openly with clear evaluation criteria", correct: false },
          ],
        },
        {
          prompt: "You are asked to join a selection panel and discover that one candidate is your cousin. What should you do?",
          kind: "SINGLE",
          explanation:
            "Having a conflict of interest is not wrongdoing in itself; hiding it is. Declare it and step aside from the decision.",
          options: [
            { text: "Stay on the panel but score your cousin fairly", correct: false },
            { text: "Declare the conflict and step aside from the panel", correct: true },
            { text: "Say nothing, since the relationship is not close", correct: false },
            { text: "Ask your cousin to withdraw their application", correct: false },
          ],
        },
        {
          prompt: "A supplier taking part in an open tender offers you an expensive dinner to 'get to know each other'. What is the right response?",
          kind: "SINGLE",
          explanation:
            "Gifts and hospitality from suppliers involved in a current or upcoming procurement must always be refused. Inform your supervisor so that the offer is on record.",
          options: [
            { text: "Accept, as long as you pay for your own drinks", correct: false },
            { text: "Accept, and declare it afterwards", correct: false },
            { text: "Decline and inform your supervisor", correct: true },
            { text: "Suggest a cheaper restaurant instead", correct: false },
          ],
        },
        {
          prompt: "A regular supplier emails to say its bank details have changed and asks you to pay the next invoice into a new account. What should you do? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "This is a typical invoice redirection attempt. Verify using contact details you already hold, not those in the email, and follow the finance procedure for changing vendor details.",
          options: [
            { text: "Call the supplier on a number you already hold to confirm", correct: true },
            { text: "Follow the finance procedure for changing vendor bank details", correct: true },
            { text: "Update the details straight away, since the email quotes a genuine invoice number", correct: false },
            { text: "Reply to the email asking them to confirm the new account", correct: false },
          ],
        },
        {
          prompt: "Which combination of features is typical of CEO fraud?",
          kind: "SINGLE",
          explanation:
            "CEO fraud typically combines an apparent senior sender with urgency and a demand for secrecy, to stop you checking through normal channels.",
          options: [
            { text: "A request from a senior official that is urgent and must be kept secret", correct: true },
            { text: "A routine request that follows the normal approval workflow", correct: false },
            { text: "A newsletter from the communications team", correct: false },
            { text: "A meeting invitation sent well in advance", correct: false },
          ],
        },
        {
          prompt: "Which channels can you use to report suspected fraud? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "You can report directly to the internal oversight function, through its confidential hotline (anonymously if you prefer), or to your supervisor, who must pass the report on. Confronting the person yourself is not a reporting channel and could compromise an investigation.",
          options: [
            { text: "The internal oversight function", correct: true },
            { text: "The confidential hotline, anonymously if you wish", correct: true },
            { text: "Your supervisor, who must pass the report on", correct: true },
            { text: "Confronting the person suspected and asking for an explanation", correct: false },
          ],
        },
        {
          prompt: "After reporting suspected fraud in good faith, you are suddenly removed from your main project without explanation. What should you do?",
          kind: "SINGLE",
          explanation:
            "Staff who report in good faith are protected against retaliation. The ethics office reviews requests for protection and can recommend interim measures.",
          options: [
            { text: "Accept it; there is no protection for people who report", correct: false },
            { text: "Withdraw your report", correct: false },
            { text: "Contact the ethics office to request protection against retaliation", correct: true },
            { text: "Post about it on social media", correct: false },
          ],
        },
        {
          prompt: "A colleague explains an inflated travel claim by saying, \"Everyone does it, and they owe me for all the overtime.\" Which element of how fraud happens does this show?",
          kind: "SINGLE",
          explanation:
            "Fraud usually needs opportunity, pressure and rationalisation together. \"Everyone does it\" and \"they owe me\" are rationalisations: the excuses people tell themselves.",
          options: [
            { text: "Opportunity", correct: false },
            { text: "Pressure", correct: false },
            { text: "Rationalisation", correct: true },
            { text: "Collusion", correct: false },
          ],
        },
        {
          prompt: "Which of these are forms of corruption? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Corruption is offering, giving, receiving or asking for anything of value to improperly influence someone's actions: bribes, kickbacks and facilitation payments are all forms of it. Declaring a conflict of interest is the right thing to do.",
          options: [
            { text: "A kickback from a supplier after a contract is awarded", correct: true },
            { text: "A \"facilitation payment\" to speed up a customs clearance", correct: true },
            { text: "Asking a bidder for a favour in return for a better score", correct: true },
            { text: "Declaring to your supervisor that a bidder employs your brother", correct: false },
          ],
        },
        {
          prompt: "A supplier sends you a calendar with its logo at the end of the year. No procurement with this supplier is under way or planned. What applies?",
          kind: "SINGLE",
          explanation:
            "Items of token value, such as a calendar or a pen with a logo, are normally acceptable. Anything more must be declined or declared, and gifts from suppliers in a current or upcoming procurement must always be refused.",
          options: [
            { text: "It is normally acceptable: it is an item of token value", correct: true },
            { text: "It must be refused, whatever its value", correct: false },
            { text: "It is acceptable only if you share it with your team", correct: false },
            { text: "It must be reported to the internal oversight function as fraud", correct: false },
          ],
        },
        {
          prompt: "An email that looks like it comes from the IT service desk says your mailbox will be closed today unless you log in through a link. What should you do?",
          kind: "SINGLE",
          explanation:
            "Urgency, threats and links are classic phishing signs. Do not click, reply or open attachments: use the report phishing function or forward the message to the IT service desk.",
          options: [
            { text: "Click the link quickly so you do not lose your mailbox", correct: false },
            { text: "Reply asking whether the message is genuine", correct: false },
            { text: "Do not click; report it with the report phishing function or to the IT service desk", correct: true },
            { text: "Forward it to your colleagues to warn them, with the link", correct: false },
          ],
        },
        {
          prompt: "What makes a report of suspected fraud most useful? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "A useful report says what happened, when and where, who was involved, how you know and where documents can be found. You do not need proof, and you should not collect evidence in ways that could alert the people involved.",
          options: [
            { text: "What happened, when and where", correct: true },
            { text: "Who was involved and how you know", correct: true },
            { text: "Where any documents can be found", correct: true },
            { text: "Evidence you gathered by searching the suspect's desk", correct: false },
          ],
        },
        {
          prompt: "Which of these can follow when fraud by a supplier is established? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Suppliers can be excluded from doing business with the organisation and with other UN entities, the money lost can be recovered, and cases can be referred to national authorities for prosecution.",
          options: [
            { text: "Exclusion from doing business with the organisation and other UN entities", correct: true },
            { text: "Recovery of the money lost", correct: true },
            { text: "Referral to national authorities for criminal prosecution", correct: true },
            { text: "Nothing, if the supplier repays the amount quietly", correct: false },
          ],
        },
        {
          prompt: "You are not sure whether an invitation from a former employer creates a conflict of interest. Who can give you confidential advice?",
          kind: "SINGLE",
          explanation:
            "The ethics office gives confidential advice when you are unsure about a conflict of interest. Ask before you act.",
          options: [
            { text: "The ethics office", correct: true },
            { text: "The former employer", correct: false },
            { text: "Nobody: you must decide alone", correct: false },
            { text: "The supplier's sales team", correct: false },
          ],
        },
      ],
    },
  ],
};
