package place

import "strings"

// Word lists used by the precision rules (see doc.go). Entries are matching keys: lower case,
// ASCII, words separated by single spaces.

// stopWords are English function words and very common words. A gazetteer name whose key is
// one of these is never tagged, unless the text spells it exactly as an all-capital name of
// the gazetteer ("US").
var stopWords = wordSet(`a an the of and or but nor if then else for to from in into on onto at by with
without within about above below over under after before between among through during
is are was were be been being am do does did done has have had having can could will would
shall should may might must it its this that these those there here where when why how what
which who whom whose he she they we you i me him her them us our your their my mine his hers
no not yes so as than too very just also only even still yet all any some each every both
either neither one two three four five six seven eight nine ten first last next new old
same other such own more most less least many much few own up down out off again once far headquarters
today now then soon later ago per via vs mr mrs ms dr st mt ft along across around amid
amidst despite since until while though although because however meanwhile moreover also
instead perhaps maybe nearly almost about against toward towards upon beyond beside besides
except inside outside near among whether unless once twice none`)

// commonWords are ordinary English words that are also names of places somewhere ("Hit",
// "Mobile", "Reading", "Nice", "Split", "Police", "Center"; the words of the press: "Herald",
// "Media"). Such a name is tagged only when
// the text spells it exactly as the gazetteer does, it does not start a sentence, and the
// document supports it (see Matcher.Resolve). The list holds ordinary words only ("Empire",
// "Celebration", "Luck", "Economy"), never a name because a text happened to use it.
var commonWords = wordSet(`hit tank gulf hurricane mobile reading nice split police center centre victoria orange bath say mold mould homeland osprey
tomahawk avangard volga alert
reunion parachute maritime plateau littoral
buffalo phoenix independence eagle liberty opportunity marathon rainbow hope progress unity union
commerce industry enterprise paradise friendship concord harmony providence victory triumph
freedom republic commonwealth university college school church hospital court market bridge
mill mills park parks wildlife fisheries hill hills lake lakes river rivers springs spring valley beach harbor harbour
port station camp fort mount mountain island islands forest grove garden gardens field fields
wells well bay cove point rock rocks cliff falls ridge plains plain city town village county
state nation capital central north south east west northern southern eastern western middle
upper lower great little big long short high low wide deep green white black red blue brown
gray grey gold golden silver iron stone sand salt sandy rocky deer elk bear wolf fox lion
tiger crane swan hawk falcon raven dove sparrow robin cherry apple pine oak elm cedar maple
ash birch willow palm rose lily ivy laurel olive vine clay chalk cotton wheat corn rice sugar
bread butter cheese honey coffee tea wine beer milk water fire ice snow rain wind storm wing
sun moon star stars sky cloud day night morning evening summer winter autumn fall christmas
easter home house houses hall halls castle tower towers gate gates wall walls road roads
street way path lane cross crossing junction corner end side edge line border frontier
coast shore bank banks dam canal lock locks ferry landing dock docks wharf pier
man men woman women boy girl king queen prince princess lord lady duke earl baron knight
bishop priest monk nun saint angel angels paradise heaven eden zion bethel salem
fair faith grace mercy comfort hook charity patience prudence temperance justice peace truth honor
honour glory pride joy bliss delight pleasant pleasure prospect promise plenty welfare
success progress reform relief rescue retreat refuge haven harbor shelter sanctuary
security defense defence army navy marine marines guard guards force forces police
office post mail news press times herald journal tribune gazette courier examiner
service services support supply trade trust bank capital fund funds hope energy power
people person family friends friend member members worker workers farmer farmers miner
miners hunter hunters fisher fishers cook cooks baker bakers smith smiths mason masons
carpenter taylor tailor miller weaver potter archer bowman fowler shepherd sheppard
young elder senior junior major minor general colonel captain sergeant private
chase hunt reading writing split cut mark marks march may june july august
want need like love live life lives living dead death war battle peace strike attack
secretary basic
raid fight fights fighting clash clashes control order orders rule rules law laws
police support aid help care cure health medicine hospital clinic school schools
date time main welcome page pages area areas base bases story alliance federal inner bottom top
far key note notes source sources summary background result results outcome impact total totals
type types status location locations name names role remarks phase objective target targets
sector zone zones unit region regions primary secondary final early late recent national
regional local global public royal special standard official common general key chief premier
liberty freedom victory justice civil civilian military naval air sea land ground lake
gulf ocean desert delta canyon prairie meadow meadows orchard vineyard ranch farm farms
factory mine mines plant plants center centres storage depot arsenal barracks airfield airport
tower bridge gateway harbour anchor pilot captain commander marshal ranger rangers scout
scouts patrol patrols sentinel shield sword spear arrow lance dagger falcon eagle thunder
lightning resolve endeavour endeavor enduring inherent odyssey atlas titan trident
success mission vision venture union concord accord treaty pact charter covenant
mission missions embassy consulate office agency table figure figures chart map maps photo
credit credits caption video audio transcript release statement report reports update
updates briefing briefings press liberal liberals conservative conservatives democrat
democratic republican labour labor socialist socialists progressive independent section
secretary courthouse loop tour god media celebration shaping luck empire sale ask crystal economy
branch monster soul grandest factor change advance garrison fleet battlefield`)

// firmWords follow a firm's names ("Whiting-Turner Contracting Co."; see accept).
var firmWords = wordSet(`contracting construction constructors builders engineering engineers co company corp
corporation inc llc ltd group partners associates`)

// orgHeads are words that end or head an organisation's name: a place name directly followed
// by a run of capitalised words containing one ("US Defense Department", "Kirkuk Police") or
// directly preceded by "<Head> of" ("State of Iraq", "University of Texas") is part of that
// name, not a place.
var orgHeads = wordSet(`department ministry government council party university college school
academy institute institution hospital clinic church mosque bank company corporation corp inc ltd
llc group holdings airlines airways railway railways times post news journal herald tribune
gazette chronicle daily weekly radio television tv network committee commission agency authority
bureau office service services club association society federation league union foundation
trust fund army navy fleet forces force corps guard guards police command brigade brigades division
regiment battalion militia front movement organization organisation administration court
senate assembly parliament congress cabinet state republic emirate caliphate center centre
museum library stadium arena team fc democrats republicans revolutionary mobilization
mobilisation unit units coalition alliance council directorate secretariat embassy consulate
mission program programme project initiative operation operations chamber newswire wire
reserve reserves mall order customs barracks brig prison penitentiary survey observatory laboratory
laboratories`)

// hyphenSuffixes may follow a place name after a hyphen without making it part of a longer
// word: "Kabul-based", "ISIS-held", "the Jalalabad-to-Kabul road".
var hyphenSuffixes = wordSet(`based born bred led backed held controlled occupied dominated run
bound area wide region era style type and to the on in at like centric sized friendly allied
aligned linked related made funded sponsored brokered owned registered flagged
bashing focused oriented specific level`)

// institutions are organisations' heads that, alone, name the institution and never a town of
// that name: "Congress passed the bill" is no Congress, Arizona.
var institutions = wordSet(`congress senate parliament cabinet government assembly administration
ministry legislature`)

// groupAcronyms name armed groups whose branches are named with a hyphen and a country or
// region ("ISIS-Somalia", "ISIL-Libya", "IS-Sinai"): the place is then part of the name.
var groupAcronyms = wordSet(`isis isil is daesh aq`)

// waterHeads start the name of a water body before "of" ("Sea of Japan", "Gulf of Guinea",
// "Bay of Bengal", "Strait of Gibraltar"); waterTails end one after a name ("South China Sea",
// "Taiwan Strait", "Suez Canal"). A place name inside such a name is not the place.
var (
	waterHeads = wordSet(`sea gulf bay strait straits`)
	waterTails = wordSet(`sea ocean strait straits canal channel`)
)

// compassWords are the compass points and their adjectives, a subset of modifierWords.
var compassWords = wordSet(`north south east west northern southern eastern western northeast northwest
southeast southwest northeastern northwestern southeastern southwestern`)

// modifierWords may directly precede a place name without making it part of a longer proper
// name ("Western Anbar", "Northern Hawija Pocket", "Greater London").
var modifierWords = wordSet(`north south east west northern southern eastern western central
northeast northwest southeast southwest northeastern northwestern southeastern southwestern
upper lower greater downtown metro metropolitan suburban rural coastal inner outer mid
old new in at from to of the and or near outside inside across throughout toward towards
into onto via for by on with without around between through over under during since until
while after before as if but so liberated occupied annexed free nearby neighboring neighbouring
besieged embattled contested federal littoral upstate downstate upcountry`)

// titleWords may directly follow a place name without making it part of a longer proper name
// ("Texas Gov. Rick Perry", "Kirkuk Governor", "Cuyahoga County Executive Armond Budish").
var titleWords = wordSet(`gov governor sen senator rep representative mayor president prime premier
minister attorney secretary sheriff judge commissioner chief police-chief province governorate
district county city valley river region state border executive prosecutor coroner clerk
treasurer auditor assessor supervisor administrator councilman councilwoman councilmember alderman`)

// locativeWords are prepositions of place: a name right after one is a place there ("in
// London"), so it is not dropped as a person's name elsewhere in the document.
var locativeWords = wordSet(`in at near outside inside across around throughout into toward towards
via from off`)

// demonyms are adjectives of nationality, never places ("Iraqi security forces").
var demonyms = wordSet(`iraqi iraqis syrian syrians afghan afghans afghani american americans
russian russians iranian iranians turkish turk turks kurdish kurd kurds british briton britons
french german germans israeli israelis palestinian palestinians lebanese jordanian jordanians
saudi saudis yemeni yemenis libyan libyans somali somalis malian nigerien ukrainian ukrainians
pakistani pakistanis indian indians chinese japanese korean koreans egyptian egyptians
european europeans african africans asian asians arab arabs sunni shia shiite yazidi yazidis
turkmen emirati qatari kuwaiti bahraini omani canadian canadians mexican mexicans english welsh
spanish argentine kazakh thai`)

// articles are the Arabic articles a name may start with (matching key rule of
// shared/gazetteer/SOURCE.md).
var articles = wordSet(`al ar as ad at az an ash adh ath ag el`)

var articleShapes = shapesOf(articles)

// isArticle reports whether a folded word is one of articles. The shape of a word of two
// letters is the word itself, so only a longer word is looked up.
func isArticle(w []byte) bool {
	return articleShapes.mayHold(w) && (len(w) == 2 && shapeSlot(w[0]) < 26 && shapeSlot(w[1]) < 26 || articles[string(w)])
}

// sentenceArticles start a sentence after a dateline ("MOSUL, Iraq A car bomb ..."); they never
// continue a place's name into a longer proper name.
var sentenceArticles = wordSet(`a an the`)

// englishArticles are the articles that are also English words: in lower case before a space
// they are the English words (see accept).
var englishArticles = wordSet(`as ad at an`)

// suffixes make a name a first-level region ("Kirkuk province"), a second-level region
// ("Hawija district", "Loudon Co.") or a city ("Kirkuk city").
var suffixes = map[string]uint8{
	"province": vRegion1, "governorate": vRegion1, "wilayat": vRegion1, "oblast": vRegion1, "prefecture": vRegion1,
	"state": vRegion1, "region": vRegion1, "panhandle": vRegion1,
	"district": vRegion2, "qadaa": vRegion2, "county": vRegion2, "raion": vRegion2, "co": vRegion2,
	// a department is first-level in Latin America and Haiti, second-level in France
	"department": vRegion, "departement": vRegion,
	"city": vCity, "town": vCity,
}

// regionWords end the names of second-level regions that text may leave out before a
// suffix ("Walker and Grimes counties").
var regionWords = wordSet(`county parish borough`)

// pluralSuffixes end a list of names of one kind of region ("Cooke, Grayson and Love
// counties").
var pluralSuffixes = map[string]uint8{
	"counties": vRegion2, "parishes": vRegion2, "districts": vRegion2, "boroughs": vRegion2, "departments": vRegion,
	"provinces": vRegion1, "governorates": vRegion1, "states": vRegion1, "oblasts": vRegion1, "prefectures": vRegion1,
	"regions": vRegion1,
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// demonymContinent maps continental demonyms to the continent's name, for ResolveName.
var demonymContinent = map[string]string{
	"european": "Europe", "europeans": "Europe", "african": "Africa", "africans": "Africa",
	"asian": "Asia", "asians": "Asia", "north american": "North America",
	"south american": "South America", "latin american": "South America",
}

// demonymCountryShapes filters words before demonymCountry is asked.
var demonymCountryShapes = shapesOf(demonymCountry)

// demonymCountryOf returns demonymCountry of a folded word.
func demonymCountryOf(w []byte) string {
	if !demonymCountryShapes.mayHold(w) {
		return ""
	}
	return demonymCountry[string(w)]
}

// demonymCountry maps demonyms to countries for ResolveName: a caller that asserts "Swedish"
// names a place gets Sweden. Resolve never tags demonyms.
var demonymCountry = map[string]string{
	"afghan": "AF", "afghans": "AF", "afghani": "AF", "albanian": "AL", "algerian": "DZ",
	"american": "US", "americans": "US", "argentine": "AR", "argentinian": "AR", "armenian": "AM",
	"australian": "AU", "australians": "AU", "austrian": "AT", "azerbaijani": "AZ", "bahraini": "BH",
	"bangladeshi": "BD", "belarusian": "BY", "belgian": "BE", "bolivian": "BO", "bosnian": "BA",
	"brazilian": "BR", "british": "GB", "briton": "GB", "britons": "GB", "bulgarian": "BG",
	"burmese": "MM", "cambodian": "KH", "cameroonian": "CM", "canadian": "CA", "canadians": "CA",
	"chilean": "CL", "chinese": "CN", "colombian": "CO", "congolese": "CD", "croatian": "HR",
	"cuban": "CU", "cubans": "CU", "cypriot": "CY", "czech": "CZ", "danish": "DK", "dutch": "NL",
	"ecuadorian": "EC", "egyptian": "EG", "egyptians": "EG", "emirati": "AE", "english": "GB",
	"eritrean": "ER", "estonian": "EE", "ethiopian": "ET", "filipino": "PH", "finnish": "FI",
	"french": "FR", "georgian": "GE", "german": "DE", "germans": "DE", "ghanaian": "GH",
	"greek": "GR", "guatemalan": "GT", "haitian": "HT", "haitians": "HT", "honduran": "HN",
	"hungarian": "HU", "icelandic": "IS", "indian": "IN", "indians": "IN", "indonesian": "ID",
	"iranian": "IR", "iranians": "IR", "iraqi": "IQ", "iraqis": "IQ", "irish": "IE",
	"israeli": "IL", "israelis": "IL", "italian": "IT", "italians": "IT", "ivorian": "CI",
	"jamaican": "JM", "japanese": "JP", "jordanian": "JO", "kazakh": "KZ", "kenyan": "KE",
	"korean": "KR", "kosovar": "XK", "kuwaiti": "KW", "kyrgyz": "KG", "latvian": "LV",
	"lebanese": "LB", "liberian": "LR", "libyan": "LY", "libyans": "LY", "lithuanian": "LT",
	"malaysian": "MY", "malian": "ML", "mexican": "MX", "mexicans": "MX", "moldovan": "MD",
	"mongolian": "MN", "moroccan": "MA", "nepalese": "NP", "nepali": "NP", "nigerian": "NG",
	"nigerien": "NE", "norwegian": "NO", "omani": "OM", "pakistani": "PK", "pakistanis": "PK",
	"palestinian": "PS", "palestinians": "PS", "panamanian": "PA", "peruvian": "PE",
	"polish": "PL", "portuguese": "PT", "qatari": "QA", "romanian": "RO", "russian": "RU",
	"russians": "RU", "rwandan": "RW", "saudi": "SA", "saudis": "SA", "scottish": "GB",
	"senegalese": "SN", "serbian": "RS", "singaporean": "SG", "slovak": "SK", "slovenian": "SI",
	"somali": "SO", "somalis": "SO", "african": "", "spanish": "ES", "sri lankan": "LK",
	"sudanese": "SD", "swedish": "SE", "swiss": "CH", "syrian": "SY", "syrians": "SY",
	"taiwanese": "TW", "tajik": "TJ", "tanzanian": "TZ", "thai": "TH", "tunisian": "TN",
	"turkish": "TR", "turks": "TR", "turkmen": "TM", "ugandan": "UG", "ukrainian": "UA",
	"ukrainians": "UA", "uzbek": "UZ", "venezuelan": "VE", "vietnamese": "VN", "welsh": "GB",
	"yemeni": "YE", "yemenis": "YE", "zambian": "ZM", "zimbabwean": "ZW", "south african": "ZA",
	"north korean": "KP", "south korean": "KR", "new zealander": "NZ", "kurdish": "IQ",
	"uruguayan": "UY", "paraguayan": "PY", "salvadoran": "SV", "nicaraguan": "NI", "belizean": "BZ",
	"fijian": "FJ", "fijians": "FJ", "tongan": "TO", "samoan": "WS", "djiboutian": "DJ",
	"chadian": "TD", "kosovan": "XK", "montenegrin": "ME", "maltese": "MT", "mauritanian": "MR",
}

// givenNames are common given names and surnames that are also names of small places
// ("Bradley", "Mike", "Turner"). Such a name on its own needs support nearby (see
// group.needNear): a person or a vehicle is the likelier reading.
var givenNames = wordSet(`james john robert michael mike william bill david richard dick charles joseph
thomas tom christopher chris daniel dan matthew matt anthony tony mark donald steven steve paul
andrew andy joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin ben samuel frank gregory
raymond alexander patrick jack dennis jerry tyler aaron jose henry adam douglas nathan peter zachary
kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur austin noah
lawrence jesse joe bryan billy jordan albert dylan bruce willie gabriel alan juan logan wayne ralph
roy eugene randy vincent russell louis philip bobby johnny bradley mary patricia jennifer linda
elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily
donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel
catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa
kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly
danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
smith johnson williams brown jones miller davis wilson anderson taylor moore jackson martin lee
thompson white harris clark lewis robinson walker young allen king wright hill green adams baker
nelson carter mitchell roberts turner phillips campbell parker evans edwards collins stewart morris
murphy cook rogers morgan peterson cooper reed bailey bell kelly howard ward cox richardson wood
watson brooks bennett gray james hughes price sanders myers long ross foster powell jenkins perry
russell sullivan barnes fisher henderson coleman simmons patterson jordan reynolds hamilton graham
wallace west cole hayes gibson ellis stevens murray ford marshall owens mcdonald harrison kennedy
wells hunt palmer black robertson stone hawkins dunn perkins hudson spencer gardner payne pierce
berry matthews arnold wagner willis ray watkins olson carroll duncan snyder hart cunningham bradley
lane andrews ruiz harper fox riley armstrong carpenter weaver greene lawrence elliott chavez sims
austin peters kelley franklin lawson fields
savannah lara tara`)

// ranks are military ranks, civil titles and their abbreviations: a name right after one is a
// person's ("Brig. Gen. Roger Turner", "Gen. Sherman"), and an abbreviated one followed by a
// dot is never a place itself ("Brig.").
var ranks = wordSet(`gen general col colonel lt lieut lieutenant sgt sergeant adm admiral maj major capt
captain brig brigadier cpl corporal pvt private spc specialist cmdr cdr commander cmdt commandant
ens ensign marshal msgt ssgt sfc cwo wo po cpo mcpo gy gysgt lcpl pfc amn sra tsgt
gov governor sen sens senator senators rep reps representative representatives pres president mr mrs ms dr prof rev sir lord lady
dame sheikh shaykh sheik mullah imam emir king queen prince princess minister secretary
ambassador amb judge justice mayor chairman spokesman spokeswoman spokesperson officer seaman airman
trooper`)

// serviceWords name the armed services or their members (see accept).
var serviceWords = wordSet(`army navy marine marines guard guards force forces corps airman airmen sailor sailors soldier soldiers
officer officers cadet cadets`)

// codenameHeads precede an operation's or exercise's code name ("Operation Freedom's
// Sentinel", "Exercise Saber Strike"): a place name right after one is part of the code name.
var codenameHeads = wordSet(`operation operations exercise exercises op`)

// stormHeads precede a storm's name ("Hurricane Florence", "Typhoon Haiyan", "Tropical Storm
// Milton", "Cyclone Idai"): a place name right after one is the storm's, not the place.
var stormHeads = wordSet(`hurricane typhoon cyclone storm depression`)

// regionOfHeads begin the GeoNames names of regions written "Province of X" (see
// regionOfTail).
var regionOfHeads = []string{"Province of", "Provincia de", "Provincia del", "Province de", "Departamento de",
	"Departamento del", "Department of", "Municipality of"}

// regionParts name a part of a first-level region after its name ("the Florida Panhandle",
// "the Texas Panhandle"): the name with it is that region (see suffixes), not part of a
// longer proper name.
var regionParts = wordSet(`panhandle`)

// featureHeads are generic words of Arabic place names for a valley, a mountain, a hill or a
// cape, written before the name they make ("Wadi Derna", "Jebel Akhdar", "Ras Lanuf").
var featureHeads = wordSet(`wadi wady jebel jabal djebel jbel ras tell tel point`)

// landformNouns, in lower case after a name, name a landform, a shore or a passage that the
// name's town gives its name to ("the Boma peninsula", "San Jose beach", "the Ubari sand
// sea").
var landformNouns = wordSet(`peninsula beach beaches ridge ridges hill hills point cliffs escarpment plateau
	massif dunes sand erg`)

// serviceAdjectives open the names of installations and units ("Naval Air Station", "Naval
// Support Activity", "Marine Corps Air Station").
var serviceAdjectives = wordSet(`naval`)

// outpostHeads, in capitals, name a forward base after a town or a person ("FOB Edinburgh",
// "COP Keating"); so do "Forward Operating Base", "Contingency Operating Base", "Combat
// Outpost" and "Patrol Base" in words (see scanner.afterOutpostHead).
var outpostHeads = wordSet(`fob cop cob pb`)

// numberedGenerics are generic words of districts and zones that a numeral after them makes a
// name of ("Sector 1", "District 9").
var numberedGenerics = wordSet(`sector district zone area ward block camp section`)

// commandHeads end the head of a military command's name, before the region it commands
// ("U.S. Naval Forces Europe", "U.S. Army Pacific", "U.S. Forces Japan", "Pacific Fleet"), or the
// country a unit, mission or centre serves in ("British Army Training Unit Kenya", "NATO Mission
// Iraq", "Disaster Assistance Center Pakistan").
var commandHeads = wordSet(`forces army navy command fleet force mission unit center centre region hospital service`)

// postHeads begin the names of military posts ("Fort Campbell", "Camp Lemonnier").
var postHeads = wordSet(`fort camp msr asr`)

// shipPrefixes precede a ship's name in capitals (United States, British, Canadian,
// Australian, New Zealand, South Korean, Dutch, Philippine, Indian, Japanese, Turkish, German,
// Danish, Polish and Spanish navies): a place name in that name is not the place ("USS New
// York", "HMS Queen Elizabeth", "BRP Sierra Madre").
// shipNouns name a kind of ship; a capitalised name right after one is the ship's ("the
// frigate Independência", "the submarine Kursk"), as after a ship prefix.
var shipNouns = wordSet(`frigate destroyer corvette cruiser carrier submarine tanker freighter trawler
cutter icebreaker minesweeper minehunter warship flagship ship vessel battleship supertanker barge
oiler tug tugboat liner ferry dhow speedboat boat schooner yacht tender dredge collier
ironclad gunboat raider sloop steamer steamship privateer`)

var shipPrefixes = wordSet(`uss usns uscgc hms hmcs hmas hmnzs roks hnlms brp ins js tcg fgs hdms orp esps kv knm hnoms hswms fns kri htms kd
mv rfa rms usat nrp nns gns fs bns cns arc bap ara arm bae rou`)

// romanceOf are the words for "of" in French, Spanish, Italian and Portuguese names: a place
// name before one and a capitalised word is part of a longer name ("Stade de France").
var romanceOf = wordSet(`de du des del della di da do dos das`)

// demonymOfNouns are the nouns of places that, between a country's demonym and "of", say
// that the name after them lies in that country ("the Greek island of Crete", "the Syrian
// town of Kobani").
var demonymOfNouns = map[string]bool{
	"island": true, "city": true, "town": true, "port": true, "village": true, "capital": true,
	"province": true, "region": true, "district": true,
}

// kinNouns, after a possessive, make the capitalised word after them a person's name ("his
// sister Chelsea"); possessiveDeterminers are the possessives written as words.
var (
	kinNouns = wordSet(`wife husband son daughter brother sister mother father partner fiancee
		fiance girlfriend boyfriend widow widower stepson stepdaughter grandson granddaughter
		nephew niece cousin uncle aunt grandmother grandfather`)
	possessiveDeterminers = wordSet(`his her their my our your`)
)

// installationHeads end the generic name of a military installation written before the town
// it is named after ("Fleet Activities Yokosuka", "Naval Air Station Sigonella", "Naval Support
// Activity Bahrain", "Joint Base Charleston"): the name after them is the town, not a person's
// surname.
var installationHeads = wordSet(`station activity activities facility base garrison`)

// nobleTitles are the titles of nobility before "of" and a place ("Duke of Lancaster").
var nobleTitles = wordSet(`duke duchess prince princess earl countess marquess baron king queen`)

// campHeads open an installation's name, which a service's name may precede ("Marine Corps
// Camp Blaz", "Army Camp Humphreys"): no person's name.
var campHeads = wordSet(`camp fort`)

// installationPrefixes, in capitals, name an air force's or a navy's station before the town it
// stands by ("RAF Lakenheath", "RAAF Base Tindal" through "Base").
var installationPrefixes = wordSet(`raf raaf rcaf rnzaf rnas cfb`)

// stationCountry is the country of the towns named after a national force's station prefix
// ("RAAF Base Amberley", "CFB Trenton"; see installationPrefixes).
var stationCountry = map[string]string{"raf": "GB", "rnas": "GB", "raaf": "AU", "rcaf": "CA", "cfb": "CA", "rnzaf": "NZ"}

// wordShapes is a quick test that a word is not in a set: for each pair of first bytes (a-z,
// or 26 for any other byte and for a missing one), a bit for each length of the set's words
// that start so (lengths of 31 and more share the last bit). A word whose shape has no bit is
// not in the set; one whose shape has a bit must still be looked up in the set itself.
type wordShapes [27 * 27]uint32

// shapesOf returns the shapes of a set's words.
func shapesOf[V any](set map[string]V) *wordShapes {
	ws := new(wordShapes)
	for w := range set {
		a, b := shapeSlots(w)
		ws[a*27+b] |= shapeBit(len(w))
	}
	return ws
}

// mayHold reports whether w has the shape of a word in the set.
func (ws *wordShapes) mayHold(w []byte) bool {
	a, b := shapeSlots(w)
	return ws[a*27+b]&shapeBit(len(w)) != 0
}

// mayHoldString is mayHold for a string.
func (ws *wordShapes) mayHoldString(w string) bool {
	a, b := shapeSlots(w)
	return ws[a*27+b]&shapeBit(len(w)) != 0
}

// The shapes of the word sets that accept asks about the word before each name.
var (
	kinNounShapes      = shapesOf(kinNouns)
	locativeWordShapes = shapesOf(locativeWords)
)

// The word sets that accept asks about a name's key, as bits of keyKinds.
const (
	kDemonym uint16 = 1 << iota
	kModifier
	kDayMonth
	kRank
	kArticle
	kStopWord
	kCommonWord
	kOrgHead
)

// keyKinds maps each word of those sets to the sets that hold it, so that accept looks a key
// up once, not once for each set. It is made once and only read.
var keyKinds = func() map[string]uint16 {
	kinds := map[string]uint16{}
	for _, ks := range []struct {
		set  map[string]bool
		kind uint16
	}{
		{demonyms, kDemonym}, {modifierWords, kModifier}, {dayMonth, kDayMonth}, {ranks, kRank},
		{articles, kArticle}, {stopWords, kStopWord}, {commonWords, kCommonWord}, {orgHeads, kOrgHead},
	} {
		for w, in := range ks.set {
			if in {
				kinds[w] |= ks.kind
			}
		}
	}
	return kinds
}()

var keyKindShapes = shapesOf(keyKinds)

// keyKindsOf returns the kinds of key, 0 for a word of none of the sets.
func keyKindsOf(key string) uint16 {
	if !keyKindShapes.mayHoldString(key) {
		return 0
	}
	return keyKinds[key]
}

// mayHoldLetters is mayHold for a word of ASCII letters in either case, as if in lower case.
func (ws *wordShapes) mayHoldLetters(w string) bool {
	a, b := 26, 26
	if len(w) > 0 {
		a = int(w[0] | 0x20 - 'a')
	}
	if len(w) > 1 {
		b = int(w[1] | 0x20 - 'a')
	}
	return ws[a*27+b]&shapeBit(len(w)) != 0
}

func shapeSlots[S ~string | ~[]byte](w S) (a, b int) {
	a, b = 26, 26
	if len(w) > 0 {
		a = shapeSlot(w[0])
	}
	if len(w) > 1 {
		b = shapeSlot(w[1])
	}
	return a, b
}

func shapeSlot(c byte) int { return int(shapeSlots256[c]) }

// shapeSlots256 holds shapeSlot for each byte: its place in the alphabet for a lower-case
// ASCII letter, else 26.
var shapeSlots256 = func() (slots [256]uint8) {
	for c := range slots {
		slots[c] = 26
		if 'a' <= c && c <= 'z' {
			slots[c] = uint8(c - 'a')
		}
	}
	return slots
}()

func shapeBit(n int) uint32 { return 1 << min(n, 31) }

// armedGroupNouns name armed groups, which may be named after a town (see accept).
var armedGroupNouns = wordSet(`militia militias militiaman militiamen rebel rebels insurgent
insurgents gunmen guerrilla guerrillas guerillas fighters mercenaries`)

// aircraftNames are military aircraft's and vehicles' names that towns share; after "the", "a"
// or a model's designation they name the aircraft or the vehicle (see accept).
var aircraftNames = wordSet(`osprey chinook apache hercules black-hawk blackhawk seahawk kiowa comanche lakota
globemaster stratotanker raptor reaper predator harrier tornado typhoon hornet viper cobra venom
stryker bradley abrams paladin avenger humvee`)

// nationalForceHeads come before "Force" in a nation's armed service, which a place after "in"
// does not name ("the Indian Air Force in Jodhpur"; see accept).
var nationalForceHeads = wordSet(`air defence defense self-defense self-defence`)

// incorporationWords end a firm's name before "of" and the town it is in ("Raytheon Company
// of Tucson, Arizona"; see firmOfPlace), and so do a Guard unit's heads ("the 278th Armored
// Cavalry Regiment of Knoxville, Tennessee").
var incorporationWords = wordSet(`company corporation corp co inc incorporated llc ltd limited
regiment battalion brigade`)

// speciesNouns end the common names of animals that training lands protect and that begin
// with a place's or a person's name ("Mariana fruit bat", "Kirtland's warbler"; see
// speciesAfter).
var speciesNouns = wordSet(`bat bats mouse mice vireo vireos warbler warblers gnatcatcher gnatcatchers sparrow sparrows
woodpecker woodpeckers owl owls condor condors tortoise tortoises lizard lizards frog frogs toad toads salamander
salamanders turtle turtles panther panthers plover plovers tern terns butterfly butterflies beetle beetles mussel
mussels darter darters chub chubs crayfish jay jays scrub-jay kangaroo-rat squirrel squirrels shrew shrews
flycatcher flycatchers thrasher thrashers rattlesnake rattlesnakes crow crows kingfisher kingfishers swiftlet
swiftlets moorhen moorhens skink skinks gecko geckos`)

// guardMembers are the capitalised members of a state's National Guard that name the state
// they come from ("Guardsmen from Georgia", "Georgia Guardsmen"; see kindCue).
var guardMembers = wordSet(`guardsmen guardsman guardswomen`) // (also no longer name: "Texas Guardsmen")

// unitNouns are the nouns of military units that a nickname may precede ("the Cherokee
// battalion"; see accept).
var unitNouns = wordSet(`battalion battalions brigade brigades company companies squadron squadrons regiment
platoon platoons battery batteries troop`)

// commandVerbs are what a commander did, after whose surname at a sentence's start the name is
// the person ("Sherman marched"; see accept).
var commandVerbs = wordSet(`marched ordered led commanded crossed directed rode wrote resigned withdrew retreated
besieged routed repulsed pursued outflanked`)

// adjectiveNames are names of places that before a noun in lower case are adjectives (see
// accept).
var adjectiveNames = wordSet(`baltic balkan union continental confederate`)

// possGenerics are generic words that a possessive names a local place with ("Wilson's Creek",
// "Turner's Gap"; see accept).
var possGenerics = wordSet(`creek gap lane ferry cross crossroads roads hill hills station run bluff landing ridge
mill mills store tavern farm church knob fork spring springs point cove grove corner corners`)

// craftTownNames are aircraft and missiles named after bigger towns, which a noun of aircraft
// after them names ("Sunderland flying boats", "Lancaster bombers", "Hastings transports";
// see accept).
var craftTownNames = wordSet(`sunderland hastings lancaster halifax canberra york belfast jupiter stirling wellington tigre caracal cougar panther`)

// compassAdjectives place a name in a part of a region after "in" ("San Cristóbal in western
// Cuba"; see resolve).
var compassAdjectives = wordSet(`western eastern northern southern central northwestern northeastern southwestern southeastern
north south east west`)

// deployVerbs send a unit to its destination ("will deploy to Poland"; see kindCue).
var deployVerbs = wordSet(`deploy deploys deployed deploying mobilize mobilizes mobilized mobilizing rotate rotates rotated rotating`)
