import { MANDATORY_QUIZ_RULES, type ContentCourse } from "./types.ts";
import { bsafeFr } from "./bsafe.fr.ts";
import { bsafeZh } from "./bsafe.zh.ts";

/** Mandatory personal security awareness course for staff who travel or work at duty stations. */
export const bsafe: ContentCourse = {
  code: "BSAFE",
  title: "BSAFE: personal security awareness",
  summary:
    "Practical security awareness for staff travelling on mission or working at any duty station: preparing to travel, road, fire and medical safety, where you stay, your devices, serious incidents, reporting and looking after yourself. Mandatory for all staff; renew every three years.",
  categoryCode: "HSS",
  mode: "ONLINE",
  trainingDays: "0.5",
  languages: ["en", "fr", "zh"],
  validityMonths: 36,
  mandatory: true,
  quizRules: MANDATORY_QUIZ_RULES,
  translations: { fr: bsafeFr, zh: bsafeZh },
  lessons: [
    {
      kind: "READING",
      title: "A security mindset",
      required: true,
      body: `## Security is everyone's job

The UN security management system exists to let us deliver our work while keeping risk at an acceptable level. It has specialists, plans and procedures, but it cannot protect you if you do not play your part. Your personal security depends above all on what you notice, what you decide and what you report.

This applies in Geneva as much as anywhere else. Most incidents affecting our staff are not dramatic: pickpocketing, road crashes, burglaries, online scams, falls and illness. They are also the incidents that good habits prevent.

## Situational awareness

Situational awareness means knowing what is normal around you so that you notice when something is not.

- **Look up.** Walking while reading a phone makes you an easy target and hides hazards from you.
- **Know your routes and exits** at home, at work, at your hotel and at venues.
- **Notice changes**: a crowd forming, shops closing early, a vehicle that appears more than once, an unusual silence.
- **Trust your instincts.** If a place or person makes you uneasy, leave. You do not need to justify it.

## Keep a low profile

- Dress and behave in a way that fits local customs.
- Do not display expensive jewellery, cameras or large amounts of cash.
- Avoid discussing travel plans, hotel names or work details in public or on social media, and do not post your location in real time.
- Vary your routines where the security situation calls for it.

## Know the people who can help

At every duty station there is a person responsible for security arrangements for UN personnel, supported by security professionals. In our organisation, the security focal point at headquarters and the designated contact in each external office can tell you who they are and how to reach them. Store their numbers in your phone before you need them, along with local emergency numbers.

## Key points

- Most incidents are everyday ones that habits can prevent.
- Know what is normal, and act when something is not.
- Keep a low profile and keep your emergency contacts to hand.`,
    },
    {
      kind: "READING",
      title: "Before you travel: clearance, briefings and your devices",
      required: true,
      body: `## Travel security clearance

Official travel requires security clearance through the UN system's travel request process before you leave. Submit your request early, with your full itinerary, flights and accommodation. Clearance lets security colleagues know where you are, warn you of changes and account for you in a crisis. Update your request whenever your plans change, including side trips during a mission.

Some locations also require specific measures, such as approved hotels, armoured vehicles, a security escort or extra training. These conditions are not optional: follow them, and ask if they are unclear.

## Briefings

Read the security advice for your destination and attend any arrival briefing offered by the local security team. A good briefing tells you:

- the main risks and areas to avoid;
- curfews or movement restrictions;
- how to contact security and medical help, and how the communications tree works;
- what to do if the situation deteriorates suddenly.

## Personal preparation

- Check that your passport and UN travel document are valid, and carry copies separately from the originals.
- Keep your personal details, next of kin and emergency contacts up to date in the organisation's systems. If something happens to you, this information is used to find and help you and to inform your family.
- Check vaccinations, medication and travel health insurance with the medical service well before departure.
- Tell your supervisor and a trusted person your itinerary.

## Cyber hygiene on the move

Your devices hold information that is valuable to criminals and others.

- **Travel light**: take only the devices and data you need.
- Make sure devices are **updated, encrypted and locked** with a strong PIN or password, and that multi-factor authentication is active.
- Use the organisation's **VPN** on any network outside the office, and avoid public Wi-Fi for sensitive work.
- Do not plug devices into unknown USB charging points; use your own charger and a wall socket.
- Never leave devices unattended, including in hotel rooms; lock them away or keep them with you.
- Beware of people who ask to borrow your phone or offer you a USB stick.
- Report a lost or stolen device to the IT service desk immediately so that it can be locked or wiped.

## Key points

- No clearance, no travel; keep it updated.
- Attend briefings and follow location-specific measures.
- Prepare your documents, health and devices before you leave.`,
    },
    {
      kind: "READING",
      title: "Road safety and moving around",
      required: true,
      body: `## The biggest everyday risk

Road crashes are one of the leading causes of death and serious injury among UN personnel worldwide, ahead of violence in most places. The risk is highest in countries with poor roads, mixed traffic and limited emergency care, but it exists everywhere.

## As a passenger

- **Wear a seat belt in every seat, on every journey**, however short. Rear-seat passengers who are not belted can injure those in front in a crash.
- Choose vehicles that are roadworthy, with working belts, lights and tyres. If a vehicle is clearly unsafe, do not get in.
- Ask drivers to slow down if they are driving too fast, and never pressure them to hurry to make a meeting.
- Do not distract the driver, and expect them not to use a phone while driving.
- Avoid travelling by road at night outside cities wherever you can, because the risks of crashes and crime both rise sharply.

## Taxis and ride-hailing

- Use taxis recommended by your hotel, the local office or an official rank, or a reputable app.
- Check that the vehicle and driver match the booking before you get in. Ask "Who are you here to collect?" rather than offering your name.
- Sit in the back, keep your bag with you and share your trip with a colleague where the app allows.

## Motorcycles, walking and public transport

- Motorcycle taxis are far riskier than cars. Avoid them; if you must use one, wear a helmet.
- As a pedestrian, cross at designated places, make eye contact with drivers and remember that traffic may drive on the other side of the road.
- On public transport, keep valuables out of sight and stay near the driver or other passengers late at night.

## If you drive yourself

Hold a valid licence for the country, follow the local rules, do not drink and drive, and plan rest stops on long journeys. In a vehicle of the organisation, follow its rules on passengers and on radio or phone check-ins.

## Scenario

Leaving a workshop late in Abuja, Sara is offered a lift by a participant whose car has no rear seat belts. She thanks him, declines and asks the office to send its regular driver. It costs her thirty minutes.

## Key points

- Seat belts, every seat, every time.
- Speed and night driving are the main killers: you may refuse both.
- Choose safe vehicles and reputable transport.`,
    },
    {
      kind: "READING",
      title: "Where you stay: hotels, residences and fire safety",
      required: true,
      body: `## Choosing and using a hotel

Where the local office keeps a list of approved hotels, use it. Otherwise, prefer established hotels with controlled access, working locks and a visible security presence.

- Ask for a room between the third and sixth floors where possible: high enough to be hard to reach from outside, low enough for most fire ladders.
- Do not let staff announce your room number aloud, and do not share it.
- Keep the door locked and use the chain or door guard. Check callers through the peephole or by calling reception.
- Use the room safe or keep valuables with you. Do not leave documents or devices lying around.

## At home

At your duty station, your residence is where you spend most of your time.

- Check locks on doors and windows, lighting outside and who holds keys.
- Get to know your neighbours and the local emergency numbers.
- Do not open the door to unexpected visitors, including people claiming to be from utilities, without checking who they are.
- Keep a small emergency supply of water, food, medication, cash, a torch and a charged power bank.

## Fire safety

Fires spread quickly, and smoke kills more people than flames. When you arrive anywhere new, take two minutes to prepare:

- **Find two exits** from your floor and count the doors between your room and each one, so you can find them in darkness or smoke.
- Check that the smoke detector works and that the windows open.
- Keep your key, phone and a torch by the bed.

If the alarm sounds or you see smoke:

- **Get out, stay out, and call for help.** Do not stop to collect belongings.
- Feel the door with the back of your hand before opening it. If it is hot, do not open it.
- Stay low under smoke, and use the stairs, never the lift.
- If you cannot leave, seal gaps around the door with wet towels, call the emergency services to tell them where you are, and signal from the window.

## Scenario

On mission in Rio de Janeiro, Kenji wakes to an alarm and a smell of smoke. He had counted six doors to the stairwell the evening before. The corridor is dark and smoky, so he crawls, counting doors with one hand on the wall, and reaches the stairs.

## Key points

- Use approved or well-run accommodation and keep your door locked.
- Find two exits wherever you stay.
- In a fire: get out, stay low, use the stairs.`,
    },
    {
      kind: "READING",
      title: "Medical emergencies, arrest, detention and hostage situations",
      required: true,
      body: `## Medical emergencies

Before travelling, find out where the nearest reliable clinic or hospital is, how to call an ambulance and how to reach the UN medical service or your insurer's assistance line. Carry a card listing your blood group, allergies, conditions and medication.

If a colleague is injured or falls ill:

- make sure the scene is safe for you;
- call for help, giving the location, what happened and the person's condition;
- give basic first aid only within your training;
- inform your supervisor and the security focal point as soon as you can, because medical evacuation decisions need them.

## Arrest and detention

Staff can be stopped, questioned or detained by police or other authorities, sometimes by mistake.

- Stay calm and polite. Do not resist or argue, and keep your hands visible.
- Identify yourself as a member of UN personnel and show your identification.
- Ask to contact your office or the local UN security contact. Repeat this request politely.
- Do not sign anything you do not understand, and do not offer money.
- Remember names, places and times to report later.

## Hostage-taking and kidnapping

Kidnapping of UN personnel is rare, but knowing the basics improves your chances. The organisation will work to secure your release, so your task is to stay alive and well.

- **The first minutes are the most dangerous.** Stay calm, follow instructions and do not try to escape or fight unless your life is clearly at risk.
- Keep your dignity, and be seen as a person: speak calmly about family and everyday things if talking is allowed, but avoid politics and religion.
- Build a routine: exercise where you can, eat what is offered, keep track of time.
- Do not make promises on behalf of the organisation.
- **If a rescue happens**, drop to the floor, keep your hands visible and empty, and follow the instructions of the rescuers, who may not know at first who you are.

Keeping your personal information and proof-of-life questions up to date in the organisation's systems helps those working for your release.

## Key points

- Know the medical route before you need it.
- In detention: calm, polite, identify yourself, ask to contact the office, sign nothing.
- In a hostage situation: survive the first minutes, stay calm, keep your dignity.`,
    },
    {
      kind: "READING",
      title: "After an incident: reporting and looking after yourself",
      required: true,
      body: `## What to do when something happens

Whatever the incident, the order of priorities is the same:

1. **Get safe.** Move away from the danger if you can, and help others only if it does not put you at greater risk.
2. **Call for help.** Contact the local emergency services and the UN security contact for your location.
3. **Inform** your supervisor and the security focal point, who will make sure the right people are told, including the medical service and, if needed, your family.

## Report every incident and near miss

Report all security and safety incidents, including those that seem minor: a theft, an attempted break-in, a road crash without injuries, a suspicious approach, a phishing attempt on a work device. Near misses matter too.

Reports allow security colleagues to spot patterns, warn others, adjust advice for a city and support you with insurance claims or replacement documents. A short, factual report is enough:

- what happened, where and when;
- who was involved and whether anyone was hurt;
- what you did and what help you still need.

Report through the security focal point or the incident reporting channel of your duty station, and as soon as it is safe to do so.

## Stress and wellbeing

Security is also about your mental and physical health. Long hours, isolation, separation from family and exposure to difficult events all take a toll, whether you are on a two-week mission or posted far from home.

After a frightening event, reactions such as poor sleep, irritability, replaying the event or difficulty concentrating are common and usually fade within a few weeks. Talk to someone you trust, keep to routines, sleep and eat regularly, and limit alcohol.

Seek help if reactions persist, get worse or affect your work or relationships. The staff counsellor offers confidential support in person or remotely, and the medical service can advise on other care. Managers should check in with team members after an incident and allow time off where needed.

## Scenario

In Algiers, Nadia's bag is snatched from a café table. She is unhurt and her passport was in the hotel safe, so she almost does not report it. She does, and learns that two colleagues were targeted the same way that week. The office issues an advisory, and Nadia gets help replacing her phone and cards.

## Key points

- Get safe, call for help, inform.
- Report every incident and near miss, however small.
- Look after yourself and your colleagues, and use the confidential support available.`,
    },
    {
      kind: "ATTESTATION",
      title: "Your commitment",
      required: true,
      statement:
        "I have read and understood this personal security awareness course. I will obtain security clearance before official travel, follow the security advice and measures for the places I work and visit, keep my personal and emergency information up to date, and report every security incident.",
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
          prompt: "Which of these is one of the leading causes of death and serious injury among UN personnel?",
          kind: "SINGLE",
          explanation:
            "Road crashes are among the leading causes of death and serious injury for UN personnel worldwide, which is why seat belts, safe speeds and avoiding night travel matter so much.",
          options: [
            { text: "Road crashes", correct: true },
            { text: "Lightning strikes", correct: false },
            { text: "Food allergies at receptions", correct: false },
            { text: "Lift breakdowns", correct: false },
          ],
        },
        {
          prompt: "Why must you update your travel security clearance when your plans change during a mission?",
          kind: "SINGLE",
          explanation:
            "Clearance tells security colleagues where you are, so that they can warn you of changes and account for you in a crisis. Out-of-date information defeats that purpose.",
          options: [
            { text: "So that your travel claim is paid faster", correct: false },
            { text: "So that security colleagues know where you are, can warn you and can account for you in a crisis", correct: true },
            { text: "It is not necessary once the first clearance is granted", correct: false },
            { text: "Only to book a different hotel", correct: false },
          ],
        },
        {
          prompt: "Which are good cyber hygiene practices while travelling? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Travel with only what you need, use the VPN outside the office, avoid unknown USB charging points and report lost devices at once. Leaving a laptop unlocked in a hotel room is a risk.",
          options: [
            { text: "Use the organisation's VPN on hotel and public networks", correct: true },
            { text: "Charge your phone with your own charger from a wall socket rather than an unknown USB port", correct: true },
            { text: "Report a lost or stolen device to the IT service desk immediately", correct: true },
            { text: "Leave your laptop unlocked in your hotel room so that colleagues can use it", correct: false },
          ],
        },
        {
          prompt: "You are offered a lift in a car with no rear seat belts after an evening event. What is the safest choice?",
          kind: "SINGLE",
          explanation:
            "Seat belts in every seat on every journey. Declining politely and arranging safer transport is the right decision, even if it takes longer.",
          options: [
            { text: "Accept, since the journey is short", correct: false },
            { text: "Accept, but sit in the middle of the back seat", correct: false },
            { text: "Decline politely and arrange a safer vehicle", correct: true },
            { text: "Accept and ask the driver to go faster to reduce the time at risk", correct: false },
          ],
        },
        {
          prompt: "The fire alarm sounds in your hotel and the corridor is filling with smoke. What should you do? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Stay low under the smoke, check doors for heat with the back of your hand and use the stairs. Never use the lift in a fire, and do not stop to collect belongings.",
          options: [
            { text: "Stay low and move along the wall, counting doors to the exit", correct: true },
            { text: "Feel the door with the back of your hand before opening it", correct: true },
            { text: "Use the stairs", correct: true },
            { text: "Take the lift because it is faster", correct: false },
            { text: "Pack your suitcase first so that nothing is lost", correct: false },
          ],
        },
        {
          prompt: "You are detained by police at a checkpoint. Which actions are appropriate? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Stay calm and polite, identify yourself and ask to contact your office. Do not sign documents you do not understand, and never offer money.",
          options: [
            { text: "Stay calm and polite, keeping your hands visible", correct: true },
            { text: "Identify yourself as UN personnel and ask to contact your office", correct: true },
            { text: "Offer cash to settle the matter quickly", correct: false },
            { text: "Sign any statement they give you so that you can leave sooner", correct: false },
          ],
        },
        {
          prompt: "In a hostage situation, when is the risk usually highest?",
          kind: "SINGLE",
          explanation:
            "The first minutes of an abduction, and any rescue, are the most dangerous moments. Staying calm and following instructions at the start improves your chances.",
          options: [
            { text: "During the first minutes of the abduction", correct: true },
            { text: "After several weeks of captivity", correct: false },
            { text: "When negotiations begin", correct: false },
            { text: "When you are given food", correct: false },
          ],
        },
        {
          prompt: "Which of these should you report to the security focal point? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Report every security or safety incident and near miss, however minor, whether or not anyone was hurt. Reports help security colleagues spot patterns and warn others.",
          options: [
            { text: "A bag snatched from a café table, even though nobody was hurt", correct: true },
            { text: "A vehicle that seemed to follow you on two different days", correct: true },
            { text: "A minor road crash without injuries", correct: true },
            { text: "None of them, because only incidents with injuries need reporting", correct: false },
          ],
        },
        {
          prompt: "What is the correct order of priorities when an incident happens?",
          kind: "SINGLE",
          explanation:
            "First get safe, then call for help, then inform your supervisor and the security focal point so that the right support can follow.",
          options: [
            { text: "Inform your supervisor, then get safe, then call for help", correct: false },
            { text: "Get safe, call for help, inform your supervisor and the security focal point", correct: true },
            { text: "Take photographs, post on social media, then call for help", correct: false },
            { text: "Write a full report, then get safe", correct: false },
          ],
        },
        {
          prompt: "Two weeks after a frightening incident, a colleague is sleeping badly and finding it hard to concentrate. What would you advise?",
          kind: "SINGLE",
          explanation:
            "These reactions are common after a frightening event. Talking to someone, keeping routines and using the confidential support of the staff counsellor all help; seek further help if reactions persist or worsen.",
          options: [
            { text: "Ignore it; it is a sign of weakness", correct: false },
            { text: "Keep to routines, talk to someone they trust and consider the staff counsellor's confidential support", correct: true },
            { text: "Work longer hours to stay busy", correct: false },
            { text: "Wait at least a year before seeking any help", correct: false },
          ],
        },
        {
          prompt: "Checking in to a hotel, where is the safest floor to ask for, where possible?",
          kind: "SINGLE",
          explanation:
            "Between the third and sixth floors is high enough to be hard to reach from outside and low enough for most fire ladders.",
          options: [
            { text: "The ground floor, to leave quickly", correct: false },
            { text: "Between the third and sixth floors", correct: true },
            { text: "The top floor, away from the street", correct: false },
            { text: "It makes no difference", correct: false },
          ],
        },
        {
          prompt: "You ordered a ride-hailing car after a late meeting. A car stops and the driver asks, \"Are you Ms Okafor?\" What should you do?",
          kind: "SINGLE",
          explanation:
            "Check that the vehicle and driver match the booking before you get in, and ask who they are here to collect rather than offering your name: anyone can confirm a name you give them.",
          options: [
            { text: "Confirm your name and get in the front seat", correct: false },
            { text: "Ask who they are here to collect, and check the car and driver match the booking before getting in", correct: true },
            { text: "Get in quickly so you are not standing in the street", correct: false },
            { text: "Show the driver your UN identification", correct: false },
          ],
        },
        {
          prompt: "Which of these are sensible steps before a mission? Select all that apply.",
          kind: "MULTIPLE",
          explanation:
            "Valid documents with copies kept separately, up-to-date emergency contacts in the organisation's systems and a health check well before departure all help you and the people who may need to help you. Posting your itinerary publicly does the opposite.",
          options: [
            { text: "Check that your passport and UN travel document are valid, and carry copies separately", correct: true },
            { text: "Update your next of kin and emergency contacts in the organisation's systems", correct: true },
            { text: "Check vaccinations and medication with the medical service well before departure", correct: true },
            { text: "Post your hotel and flight details on social media so colleagues can find you", correct: false },
          ],
        },
        {
          prompt: "A colleague collapses in the street during a mission. What should you do first?",
          kind: "SINGLE",
          explanation:
            "Make sure the scene is safe for you, then call for help with the location, what happened and the person's condition. Give first aid only within your training, and inform your supervisor and the security focal point as soon as you can.",
          options: [
            { text: "Make sure the scene is safe, then call for help giving the location and the person's condition", correct: true },
            { text: "Drive them to the nearest hospital yourself without telling anyone", correct: false },
            { text: "Give them any medication you are carrying", correct: false },
            { text: "Wait for them to recover before deciding whether to call anyone", correct: false },
          ],
        },
        {
          prompt: "Armed rescuers storm the building where you are being held hostage. What should you do?",
          kind: "SINGLE",
          explanation:
            "Drop to the floor, keep your hands visible and empty, and follow the rescuers' instructions: at first they may not know who you are.",
          options: [
            { text: "Run towards the rescuers to show them who you are", correct: false },
            { text: "Drop to the floor, keep your hands visible and empty, and follow their instructions", correct: true },
            { text: "Pick up a weapon to help them", correct: false },
            { text: "Hide and stay silent until everything is over", correct: false },
          ],
        },
      ],
    },
  ],
};
