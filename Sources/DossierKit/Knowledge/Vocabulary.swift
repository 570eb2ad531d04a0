#if DOSSIER_LEGACY_TABLES // being migrated to Knowledge/curated; removed with this change
/// Words whose role in English names is general knowledge: titles, honorifics, the words that
/// mark organisations, agreements, events and places, speech verbs, calendar words.
extension Knowledge {
    /// Words that end a title ("Prime Minister", "Economy Minister", "President").
    static let titleHeads = wordSet("""
        president vice-president minister premier chancellor governor senator congressman congresswoman
        representative ambassador mayor secretary chairman chairwoman chair chairperson director chief executive
        officer ceo cfo spokesman spokeswoman spokesperson commissioner professor lecturer judge justice king queen
        prince princess emperor pope cardinal bishop archbishop general admiral colonel captain commander
        lieutenant sergeant sheriff attorney prosecutor leader envoy negotiator adviser advisor economist analyst
        founder president-elect premier-elect prime-minister deputy treasurer speaker whip lawmaker legislator
        councillor councilor councilman councilwoman superintendent inspector chief-executive emir sultan sheikh
        crown ombudsman governor-general consul diplomat rapporteur coach manager owner duke duchess earl baron
        baroness marquess count countess viscount
        """)

    /// Words that may stand before a title head inside a title ("Prime", "Foreign Affairs", "Deputy").
    static let titleModifiers = wordSet("""
        prime vice deputy acting interim former foreign affairs finance revenue economy economic trade defence
        defense interior justice health education energy environment labour labor transport industry agriculture
        security public safety home treasury state first general attorney chief executive managing senior junior
        associate assistant co-founder emeritus national international federal provincial regional municipal
        minority majority opposition party house senate supreme high district appeals opposition immigration
        finance-minister commerce development digital culture sport sports tourism housing infrastructure
        fisheries mining resources natural water veterans indigenous women youth science technology innovation
        communications information budget planning social welfare family emergency citizenship border
        intergovernmental international-trade trade-minister lord grand
        """)

    /// Honorifics before a name ("Mr.", "Dr.").
    static let honorifics = wordSet("mr mr. mrs mrs. ms ms. mx mx. dr dr. sir dame lord lady prof prof. rev rev. hon hon. sen sen. gov gov. rep rep. gen gen. st.")

    /// Words that make a name an organisation.
    static let organizationCues = wordSet("""
        university college school institute institution academy ministry department agency bureau office
        council committee commission board authority administration government parliament congress senate
        assembly court tribunal party union federation association society league bank fund corporation corp
        corp. company co. inc inc. ltd ltd. llc plc group holdings partners press news times post journal herald
        tribune gazette daily weekly magazine radio television tv network broadcasting foundation trust
        organization organisation alliance coalition cartel army navy force forces police guard service services
        center centre hospital clinic church mosque synagogue museum library exchange reserve secretariat
        chamber caucus cabinet treasury commerce industries airlines airways railway railways motors systems
        technologies labs laboratories pharma pharmaceuticals energy petroleum oil resources capital ventures
        therapeutics biosciences biotech sciences foods brands media studios entertainment logistics solutions
        consulting insurance financial securities investments properties telecom communications shipping mining
        steel chemicals automotive electric utilities division unit directorate mission delegation panel nations
        fc athletic rovers wanderers rangers albion club firm
        """)

    /// Words that make a name an agreement.
    static let agreementCues = wordSet("""
        agreement agreements pact treaty accord accords partnership protocol convention charter compact deal
        memorandum declaration framework act initiative alliance
        """)

    /// Words that make a name an event.
    static let eventCues = wordSet("""
        summit conference election elections referendum olympics games cup championship championships war
        crisis festival expo forum talks meeting negotiations revolution uprising massacre attack storm hurricane
        earthquake pandemic
        """)

    /// Words that make a name a place.
    static let placeCues = wordSet("""
        gulf sea ocean river lake mountain mountains mount island islands bay strait canal peninsula valley desert
        province state county district region city town village street avenue square park airport port harbour
        harbor bridge palace palacio palais palazzo house building tower border coast plateau basin delta falls
        canyon forest ridge hill hills heights creek springs point cape glacier marsh reservoir dam lagoon
        """)

    /// Buildings and institutions known by a place-like name.
    static let landmarks = [
        "White House", "Kremlin", "Élysée Palace", "Downing Street", "Capitol Hill", "Pentagon", "Vatican",
        "Parliament Hill", "Zhongnanhai", "Buckingham Palace",
    ]

    /// Verbs of speech and report that follow or precede a person's name.
    static let speechVerbs = wordSet("""
        said says say told tells added adds stressed stresses emphasized emphasised emphasizes noted notes
        declared declares concurred agreed argued argues warned warns acknowledged acknowledges insisted insists
        explained explains wrote writes asked asks replied replies echoed echoes announced announces claimed
        claims stated states vowed vows urged urges recalled recalls conceded concedes admitted admits
        suggested suggests predicted predicts confirmed confirms denied denies pledged pledges promised
        promises tweeted posted spoke speaks hosted hosts met meets visited visits travelled traveled arrived
        """)

    /// Verbs that lean to an organisation or outlet ("the CBC reported").
    static let reportVerbs = wordSet("reported reports published publishes revealed reveals")

    static let months = wordSet("""
        january february march april may june july august september october november december
        jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
        """)

    static let weekdays = wordSet("""
        monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
        """)

    /// Connectors that may stand inside a name between capitalised words.
    static let nameConnectors = wordSet("of de del della di da das dos du la le les van von der den y e al bin ibn the and &")

    /// Capitalised words that start sentences without being names. A capitalised word that only ever
    /// appears at the start of sentences is not taken for a name unless other evidence says so.
    static let commonWords = wordSet("""
        a an the this that these those there here it its he she they we i you his her their our my your
        in on at by for from to of with without about after before during since until while when where why how
        what which who whom whose if but and or nor so yet both either neither each every all any some many
        most more less few several no not as also still even just only however meanwhile moreover although
        though because despite beyond under over between among against across through into onto upon within
        according asked today yesterday tomorrow tonight now then later earlier last next new old first second
        third one two three four five six seven eight nine ten hundreds thousands millions billions
        public private trade economic political officials analysts critics experts leaders supporters
        another other such such same instead rather perhaps maybe indeed together overall similarly likewise
        economically politically historically elsewhere further furthermore
        is are was were be been being has have had do does did will would can could shall should may might must
        mr mrs ms dr our we're it's that's there's what's don't can't won't isn't wasn't
        """)
}
#endif
