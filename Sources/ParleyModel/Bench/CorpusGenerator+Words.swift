/// The words generated articles are made of: names of months and days, officials, quotes, aims,
/// topics, the prose between the names and the headlines of other stories.
extension CorpusGenerator {
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    /// Invented news services, for bylines, datelines and credits.
    static let agencies = [
        "Meridian Wire", "Continental News Agency", "Northgate Press", "Kestrel News", "Harbourside Daily",
        "Lantern Media", "Coastal Herald", "Pan-Regional Newsdesk",
    ]
    /// Officials around the leaders: honorifics, particles, initials and hyphens, as pages write them.
    static let honorifics = [
        "", "", "", "", "Dr. ", "Sheikh ", "Datuk Seri ", "Sayyid ", "His Excellency ", "Tan Sri ", "Haji ", "Mr. ",
        "Ms. ", "Prof. ",
    ]
    static let officialGiven = [
        "Khalid", "Ngozi", "Pedro", "Anneke", "Hamad", "Nurul", "Sipho", "Inês", "Viktor", "Priya", "Samir", "Grace",
        "Mateus", "Halima", "Oskar", "Lin", "Aurelio", "Fatou", "Jae-won", "Marisol", "Tariq", "Eszter",
    ]
    static let officialFamily = [
        "bin Rashid al-Mansouri", "van der Berg", "da Costa", "dos Reis", "de la Fuente", "von Hallern", "el-Masri",
        "Abu Zeid", "ul Haq", "ben Salem", "di Marco", "du Plessis", "le Roux", "Achterberg", "Osei-Bonsu", "Rautio",
        "Karimova", "Okonjo", "Sandoval", "Brennan", "Takeda", "Wójcik", "Ramírez", "Adeyemi",
    ]
    static let officialRoles = [
        "Foreign Minister", "Minister of Trade and Industry", "Deputy Prime Minister for Economic Affairs",
        "Minister of Energy", "National Security Adviser", "Chief of Staff", "Minister of State for Foreign Affairs",
        "Governor of the Central Bank", "Minister of Defence", "Finance Minister", "Minister of Agriculture",
        "presidential spokesperson",
    ]
    static let quotes = [
        "We did not agree on everything, but we agreed on where to start",
        "Our peoples have traded with each other for centuries, and we mean to make that easier, not harder",
        "This is a visit between neighbours, not a ceremony",
        "We want results that families can see in the shops and in their wages",
        "There is no problem between us that cannot be settled at this table",
        "The door remains open",
        "Today we took a practical step, and there will be others",
        "We spoke frankly, as friends should",
        "Nobody gains from closed borders",
        "I came here to listen as much as to talk, and I leave with a long list of things to do",
    ]
    static let aims = [
        "cut the time lorries spend waiting at the border", "add direct flights between the two capitals",
        "train more doctors and nurses together", "share data on rainfall and harvests",
        "settle the remaining disputes through dialogue", "protect workers who live in each other's countries",
        "build a power line across the border", "double trade within five years",
        "open a joint office for small exporters", "coordinate their positions before the next summit",
    ]
    static let topics = [
        "water from the shared river", "the maritime boundary", "visa fees", "the price of gas",
        "the closed border crossing", "fishing rights", "unpaid debts from the pipeline project", "tariffs on steel",
    ]
    static let adjectives = ["frank", "useful", "long", "warm", "difficult", "detailed", "productive", "cordial"]
    /// Sentences with no names in them, long and short: what lies between the names on a real page.
    static let prose = [
        "The two sides reviewed projects agreed on during earlier visits, among them a port upgrade, a rail link and a fund for small businesses.",
        "Neither government put a figure on the investment, though officials hinted it would be announced before the end of the year.",
        "The talks ran well past their scheduled time.",
        "Security around the venue was tight, and several streets were closed to traffic for most of the afternoon.",
        "Both leaders spoke of a relationship that had come through quarrels over fishing, tariffs and visas, and both said they wanted to keep it steady.",
        "The visit had been put off twice, once because of an election and once because of floods.",
        "Reporters were kept out of the room.",
        "A small crowd gathered outside the building with banners about wages and fuel prices, and police kept it behind a barrier across the street.",
        "A follow-up meeting of ministers is to settle the technical questions that remain, such as customs checks at the border and the recognition of diplomas.",
        "No agreement was reached on debt relief.",
        "The talks covered trade, security, energy and the situation in neighbouring countries.",
        "Much of the discussion, according to one person in the room, was about the price of grain and the cost of shipping it.",
        "Schoolchildren lined the road from the airport, waving small paper flags.",
        "A working lunch followed, and business leaders from both countries joined the delegations for it.",
        "Both governments face elections within the next two years, and neither can afford to look weak on jobs.",
        "It rained for most of the day.",
        "Energy was the hardest subject: one side wants long contracts at fixed prices, and the other wants the freedom to buy wherever gas is cheapest that month.",
        "Some of the agreements are short and general, and officials admitted that much depends on how they are carried out.",
        "The trade figures tell part of the story.",
        "Shipping companies have complained for years about paperwork at the ports, where a container can wait a week for a stamp.",
        "Officials on both sides played down the quarrel of the spring.",
        "The joint statement ran to four pages, most of it about roads, power and water, with a short passage on the region's conflicts near the end.",
        "Details of the loan were not disclosed.",
        "For the farmers who grow most of the exported rice, the question is whether the new rules will lower the price of moving it across the border or only add another form to fill in.",
        "Talks of this kind usually end with a list of promises, and this one did too.",
        "A press conference planned for the evening was cancelled at short notice, without explanation.",
        "Earlier in the day the visitors toured a hospital built with a grant from the host government and met nurses trained under an exchange scheme.",
        "The mood was described as businesslike.",
        "Opposition lawmakers said the government had given away too much and got too little in return, and they asked for the texts to be published in full.",
        "Several of the deals signed were renewals of older ones.",
    ]
    static let relatedHeadlines = [
        "Markets steady ahead of central bank decision", "Storm season arrives early in the south",
        "Fuel prices climb for a third week", "Opinion: small steps are still steps",
        "Rail strike called off after late-night deal", "New port terminal opens to container ships",
    ]
}
