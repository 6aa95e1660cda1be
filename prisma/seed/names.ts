// Fictitious names from many regions (staff come from 122 member states); any resemblance is coincidental.
export const FEMALE_FIRST = [
  "Amina", "Fatou", "Aisha", "Marie", "Sophie", "Claire", "Isabel", "Lucía", "Ana", "Mariana", "Olga", "Irina", "Elena",
  "Mei", "Yuki", "Hana", "Priya", "Ananya", "Leila", "Nour", "Sara", "Hanna", "Ingrid", "Chiara", "Giulia", "Zanele",
  "Adaeze", "Grace", "Emily", "Laura", "Camille", "Inès", "Yasmin", "Min-ji", "Thandiwe", "Rania", "Katarzyna", "Eva",
] as const;
export const MALE_FIRST = [
  "Ahmed", "Omar", "Youssef", "Jean", "Pierre", "Luc", "Carlos", "Diego", "Mateo", "João", "Pedro", "Ivan", "Dmitri",
  "Sergei", "Hiroshi", "Kenji", "Rahul", "Arjun", "Karim", "Samir", "David", "Thomas", "Lars", "Marco", "Luca", "Kwame",
  "Chinedu", "Tunde", "James", "Michael", "Antoine", "Hugo", "Ali", "Jun-ho", "Sipho", "Tariq", "Piotr", "Felix",
] as const;
export const NEUTRAL_FIRST = ["Alex", "Sam", "Robin", "Kim", "Jordan", "Noor", "Sasha"] as const;
export const LAST = [
  "Diallo", "Traoré", "Ndiaye", "Martin", "Dubois", "Lefèvre", "García", "Rodríguez", "Fernández", "Silva", "Santos",
  "Ivanova", "Petrov", "Smirnov", "Tanaka", "Sato", "Suzuki", "Sharma", "Patel", "Iyer", "Haddad", "El Amrani",
  "Benali", "Müller", "Schmidt", "Jensen", "Andersson", "Rossi", "Bianchi", "Okafor", "Adeyemi", "Mensah", "Smith",
  "O'Brien", "Murphy", "Nguyen", "Park", "Kim", "Dlamini", "Kowalski", "Novak", "Hussain", "Rahman", "Costa",
] as const;
// Names written in Chinese script, as HR records them (family name first).
export const CJK_NAMES = [
  { name: "王伟", gender: "M" }, { name: "李娜", gender: "F" }, { name: "张敏", gender: "F" }, { name: "刘洋", gender: "M" },
  { name: "陈静", gender: "F" }, { name: "杨磊", gender: "M" }, { name: "赵丽", gender: "F" }, { name: "黄强", gender: "M" },
] as const;
