package place

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

var (
	gazOnce sync.Once
	gaz     *gazetteer.Gazetteer
	base    *Matcher
	baseErr error
)

// seedOptions are the site options the seed briefing's test uses.
var seedOptions = Options{Aliases: map[string]string{"Hawija Pocket": "Hawija", "Jazeera axis": "Jazeera"}}

func testMatcher(t testing.TB) *Matcher {
	gazOnce.Do(func() {
		gaz, baseErr = gazetteer.Load()
		if baseErr == nil {
			base, baseErr = NewMatcher(gaz, seedOptions)
		}
	})
	if baseErr != nil {
		t.Fatal(baseErr)
	}
	return base
}

type want struct {
	text    string
	country string
	kind    string
	id      int64 // 0: any
}

func check(t *testing.T, got []Mention, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		var s []string
		for _, m := range got {
			s = append(s, m.Text+" → "+m.Place.Name+" "+m.Place.Country+" "+m.Place.Kind)
		}
		t.Fatalf("got %d mentions %q, want %d", len(got), s, len(wants))
	}
	for i, w := range wants {
		m := got[i]
		if m.Text != w.text || m.Place.Country != w.country || m.Place.Kind != w.kind || w.id != 0 && m.Place.ID != w.id {
			t.Errorf("mention %d = %q → %s %s %s (%d), want %q → %s %s (%d)", i, m.Text, m.Place.Name,
				m.Place.Country, m.Place.Kind, m.Place.ID, w.text, w.country, w.kind, w.id)
		}
	}
}

func TestSeedBriefing(t *testing.T) {
	b, err := os.ReadFile("../../../../shared/seed-briefing.txt")
	if err != nil {
		t.Skipf("seed briefing missing: %v", err)
	}
	m := testMatcher(t)
	got := m.Resolve(strings.Split(string(b), "\n\n"), []string{"IQ", "SY"})
	const hawija, kirkuk, anbar, nineveh, deir = 390188, 98410, 99592, 92877, 170792
	check(t, got, []want{
		{"Iraq", "IQ", "country", 99237}, {"Syria", "SY", "country", 163843}, // "on the run in Iraq and Syria"
		{"Hawija Pocket", "IQ", "city", hawija}, {"Iraq", "IQ", "country", 0}, {"Kirkuk province", "IQ", "region1", kirkuk},
		{"Hawija Pocket", "IQ", "city", hawija}, // "Northern Hawija Pocket"
		{"Anbar", "IQ", "region1", anbar},       // heading "ISIS Cleared in Western Anbar"
		{"Anbar province", "IQ", "region1", anbar}, {"Ninevah province", "IQ", "region1", nineveh}, {"Mosul", "IQ", "city", 99072},
		{"Mosul", "IQ", "city", 0}, {"Tal Afar", "IQ", "city", 90393},
		{"Iraq", "IQ", "country", 0}, {"Qaim", "IQ", "city", 92138}, {"Huwija", "IQ", "city", hawija},
		{"Rawa", "IQ", "city", 92004}, {"Hit", "IQ", "city", 95788}, {"Tuz", "IQ", "city", 90026},
		{"Syria", "SY", "country", 0}, {"Raqqa", "SY", "city", 172955}, // heading "Syria: Day 126 in Raqqa"
		{"Raqqa", "SY", "city", 0}, {"Syria", "SY", "country", 0},
		{"Raqqa", "SY", "city", 0}, {"Jazeera axis", "SY", "feature", -8},
		{"Raqqa", "SY", "city", 0}, {"Euphrates River Valley", "SY", "feature", -2},
		{"Khabur River Valley", "SY", "feature", -7}, {"Dayr Az Zawr province", "SY", "region1", deir},
	})
}

func TestResolve(t *testing.T) {
	m := testMatcher(t)
	tests := []struct {
		name      string
		text      string
		countries []string
		want      []want
	}{
		{"variants", "Raqqa, Raqqah and Ar Raqqah.", nil,
			[]want{{"Raqqa", "SY", "city", 0}, {"Raqqah", "SY", "city", 0}, {"Ar Raqqah", "SY", "city", 0}}},
		{"transliterations", "From Dayr Az Zawr to Deir ez-Zor and Deir Ezzor.", nil,
			[]want{{"Dayr Az Zawr", "SY", "city", 170794}, {"Deir ez-Zor", "SY", "city", 170794}, {"Deir Ezzor", "SY", "city", 170794}}},
		{"diacritics and article", "Forces entered al-Qā’im and AL QAIM.", []string{"IQ"},
			[]want{{"al-Qā’im", "IQ", "city", 92138}, {"AL QAIM", "IQ", "city", 92138}}},
		{"province is the region", "Kirkuk province and Kirkuk city differ; so do Anbar province and Nineveh province.", nil,
			[]want{{"Kirkuk province", "IQ", "region1", 98410}, {"Kirkuk city", "IQ", "city", 94787},
				{"Anbar province", "IQ", "region1", 99592}, {"Nineveh province", "IQ", "region1", 92877}}},
		{"modifier", "Strikes in western Anbar.", nil, []want{{"Anbar", "IQ", "region1", 99592}}},
		{"possessive", "Iraq’s north and Syria's east.", nil,
			[]want{{"Iraq", "IQ", "country", 0}, {"Syria", "SY", "country", 0}}},
		{"organisations", "The Islamic State of Iraq and Syria, the Syrian Democratic Forces, Iraqi security forces and the Afghan National Army.", nil, nil},
		{"org run after a place", "He spoke for the US Defense Department and the Kirkuk Police Directorate.", nil, nil},
		{"head of", "The University of Texas and the Bank of Baghdad.", nil, nil},
		{"person", "Army Col. Rob Manning said. Manning added that Paris Hilton arrived.", nil, nil},
		{"demonyms", "Iraqi, Syrian and Afghan troops.", nil, nil},
		{"lower case", "the hit was nice, reading a split police report.", nil, nil},
		{"strait named in full", "Missiles flew over the Bab el-Mandeb Strait and the Red Sea.", nil,
			[]want{{"Bab el-Mandeb Strait", "", "feature", -71}, {"Red Sea", "", "feature", -21}}},
		{"a cape, not the town inside its name", "Ships were rerouted around the Cape of Good Hope.", nil,
			[]want{{"Cape of Good Hope", "ZA", "feature", -123}}},
		{"rivers the gazetteer lacks", "Drones struck grain silos along the Danube River near Izmail; troops crossed the Dnipro River near Kherson while missiles hit Dnipro.", nil,
			[]want{{"Danube River", "", "feature", -120}, {"Izmail", "UA", "city", 707308}, {"Dnipro River", "UA", "feature", -121},
				{"Kherson", "UA", "city", 706448}, {"Dnipro", "UA", "city", 709930}}},
		{"Somali regions in press spellings", "Somali forces retook villages in Hiraan and Middle Shabelle.", nil,
			[]want{{"Hiraan", "SO", "region1", 57060}, {"Middle Shabelle", "SO", "region1", 51967}}},
		{"a town before the generic name of its airfield or base", "SDF fighters seized Tabqa Airfield. The nearby city of Tabqa lies west of Raqqa. Jets flew from Gioia del Colle Air Base.", nil,
			[]want{{"Tabqa", "SY", "city", 172374}, {"Tabqa", "SY", "city", 172374}, {"Raqqa", "SY", "city", 0}, {"Gioia del Colle", "IT", "city", 3176090}}},
		{"a sentence's first word that reads as a modifier", "Nearby Qayyarah town was cleared.", nil,
			[]want{{"Qayyarah town", "IQ", "city", 99003}}},
		{"equipment, fleets and relief organisations", "A UH-60 Black Hawk landed; Russia's Black Sea Fleet lost a ship; the Red Cross opened shelters; the Armed Forces of the Philippines joined.", nil,
			[]want{{"Russia", "RU", "country", 0}}},
		{"two places joined by a hyphen", "Troops patrolled the Iraq-Syria border during the Russia-Ukraine war.", nil,
			[]want{{"Iraq", "IQ", "country", 0}, {"Syria", "SY", "country", 0}, {"Russia", "RU", "country", 0}, {"Ukraine", "UA", "country", 0}}},
		{"the start of a longer hyphenated word", "Aircraft landed at Lal-lo Airport. Kabul-based officials drove the Jalalabad-to-Kabul road to Pakistan-backed posts.", nil,
			[]want{{"Lal-lo Airport", "PH", "feature", -724}, {"Kabul", "AF", "city", 1138958}, {"Jalalabad", "AF", "city", 1139715}, {"Kabul", "AF", "city", 1138958}, {"Pakistan", "PK", "country", 0}}},
		{"a ship named after a small town, named again without its prefix", "The USS Carney (DDG 64) shot down drones over the Red Sea. The Carney's crew was praised.", nil,
			[]want{{"Red Sea", "", "feature", -21}}},
		{"a state after a curated installation", "Soldiers trained at Fort Gordon, Georgia, and Camp Pendleton, Calif., before deploying to Poland.", nil,
			[]want{{"Fort Gordon", "US", "feature", -126}, {"Georgia", "US", "region1", 4197000}, {"Camp Pendleton", "US", "feature", -125},
				{"Calif.", "US", "region1", 5332921}, {"Poland", "PL", "country", 0}}},
		{"a state after a place, in a briefing on another region", "SDF fighters left Raqqa for Deir ez-Zor, Abu Kamal and the Euphrates River Valley. Four F-16s flew from Al Udeid Air Base near Doha; the pilots trained at Fort Gordon, Georgia.", []string{"SY"},
			[]want{{"Raqqa", "SY", "city", 0}, {"Deir ez-Zor", "SY", "city", 0}, {"Abu Kamal", "SY", "city", 0}, {"Euphrates River Valley", "SY", "feature", -2},
				{"Al Udeid Air Base", "QA", "feature", 0}, {"Doha", "QA", "city", 0}, {"Fort Gordon", "US", "feature", -126}, {"Georgia", "US", "region1", 4197000}}},
		{"an institution alone", "After Congress passed the bill, officials in Tucson, Arizona, said the Senate would act.", nil,
			[]want{{"Tucson", "US", "city", 5318313}, {"Arizona", "US", "region1", 5551752}}},
		{"a branch of an armed group", "ISIS-Somalia fighters attacked; ISIL-Libya claimed it.", nil, nil},
		{"Korean cities the gazetteer lacks beside an installation", "Soldiers at Camp Humphreys near Pyeongtaek and at Paju drilled while Marines advised Iraqi troops at Al Taqaddum.", nil,
			[]want{{"Camp Humphreys", "KR", "feature", -111}, {"Pyeongtaek", "KR", "feature", -136}, {"Paju", "KR", "feature", -137},
				{"Al Taqaddum", "IQ", "feature", -132}}},
		{"an air station by its place name and a press spelling", "P-8s flew from Sigonella, Sicily; Marines held Nad-e Ali in Helmand.", nil,
			[]want{{"Sigonella", "IT", "feature", -130}, {"Sicily", "IT", "region1", 0}, {"Nad-e Ali", "AF", "city", 1132550}, {"Helmand", "AF", "region1", 0}}},
		{"ship names", "The USS New York sailed from New York; USS Mount Whitney and HMS Queen Elizabeth joined.", nil,
			[]want{{"New York", "US", "city", 0}}}, // a ship sails from the port city
		{"a name the gazetteer writes with a lower-case word", "Troops went to Poland and the Baltic states.", nil,
			[]want{{"Poland", "PL", "country", 0}, {"Baltic states", "", "feature", -85}}},
		{"provinces written \"Province of X\" in the gazetteer", "Marawi lies in Lanao del Sur; fighting went on in Sulu province.", nil,
			[]want{{"Marawi", "PH", "city", 0}, {"Lanao del Sur", "PH", "region2", 1707667}, {"Sulu province", "PH", "region2", 1685370}}},
		{"plural oblasts and regions", "Troops left the Chernihiv and Sumy oblasts and the Kharkiv and Luhansk regions.", nil,
			[]want{{"Chernihiv", "UA", "region1", 0}, {"Sumy", "UA", "region1", 0}, {"Kharkiv", "UA", "region1", 0}, {"Luhansk", "UA", "region1", 0}}},
		{"military posts", "Troops from Fort Bragg, Fort Campbell and Fort Wingate went to Camp Humphreys and Camp Casey; Fort Worth is a city.", nil,
			[]want{{"Fort Bragg", "US", "city", 0}, {"Fort Campbell", "US", "feature", -96}, {"Camp Humphreys", "KR", "feature", -111}, {"Camp Casey", "KR", "feature", -341}, {"Fort Worth", "US", "city", 0}}},
		{"Philippine islands and the South China Sea", "Marines trained on Luzon and Mindanao near the Spratly Islands and Scarborough Shoal.", nil,
			[]want{{"Luzon", "PH", "feature", -89}, {"Mindanao", "PH", "feature", -90}, {"Spratly Islands", "", "feature", -91}, {"Scarborough Shoal", "", "feature", -92}}},
		{"bases briefings name", "Rockets hit Al Asad Air Base and the garrison at al-Tanf; jets flew from Al Udeid.", nil,
			[]want{{"Al Asad Air Base", "IQ", "feature", -93}, {"al-Tanf", "SY", "feature", -95}, {"Al Udeid", "QA", "feature", -94}}},
		{"dotted acronyms", "The U.N. envoy met U.S. and U.K. officials.", nil,
			[]want{{"U.S.", "US", "country", 0}, {"U.K.", "GB", "country", 0}}},
		{"words joined across a letter", "And I said no. Then I left. Type A. So far, the U.S. Virgin Islands are calm.", nil,
			[]want{{"U.S. Virgin Islands", "VI", "country", 0}}},
		{"an English word that is an article", "Jets landed at Ali Al Salem Air Base in Kuwait, then at at-Tanf in Syria; we met at Ali's tent.", nil,
			[]want{{"Ali Al Salem Air Base", "KW", "feature", 0}, {"Kuwait", "KW", "country", 0}, {"at-Tanf", "SY", "feature", -95}, {"Syria", "SY", "country", 0}}},
		{"countries' acronyms", "The ROK and the PRC met; KSA and the DPRK sent envoys.", nil,
			[]want{{"ROK", "KR", "country", 0}, {"PRC", "CN", "country", 0}, {"KSA", "SA", "country", 0}, {"DPRK", "KP", "country", 0}}},
		{"North Korea's official name is not South Korea", "The Democratic People's Republic of Korea (DPRK) fired a missile.", nil,
			[]want{{"Democratic People's Republic of Korea", "KP", "country", 0}, {"DPRK", "KP", "country", 0}}},
		{"official names with a possessive, and the Republic of Korea", "The People’s Republic of China, the Lao People's Democratic Republic and the Republic of Korea met; Iraq's Kirkuk province was calm.", nil,
			[]want{{"People’s Republic of China", "CN", "country", 0}, {"Lao People's Democratic Republic", "LA", "country", 0}, {"Republic of Korea", "KR", "country", 0}, {"Iraq", "IQ", "country", 0}, {"Kirkuk province", "IQ", "region1", 0}}},
		{"armed groups and assemblies", "Hamas and Hayat Tahrir al-Sham were named; the State Duma met; Douma was shelled.", nil,
			[]want{{"Douma", "SY", "city", 0}}},
		{"initials and generational suffixes", "Defense Secretary Lloyd J. Austin III met Ukrainian Defense Minister Oleksii Reznikov in Brussels. Kenneth F. McKenzie Jr. visited Kuwait; later Austin flew home.", nil,
			[]want{{"Brussels", "BE", "city", 0}, {"Kuwait", "KW", "country", 0}}},
		{"headline abbreviations", "S. Korea and N. Korea talked.", nil,
			[]want{{"S. Korea", "KR", "country", 0}, {"N. Korea", "KP", "country", 0}}},
		{"common word starting a sentence", "Reading was fine. Nice work.", nil, nil},
		{"common word without context", "Troops hit back; Hit was calm.", nil, nil},
		{"common word with theatre", "Troops entered Hit.", []string{"IQ"}, []want{{"Hit", "IQ", "city", 95788}}},
		{"common word in a list", "Strikes in Ramadi, Fallujah and Hit.", nil,
			[]want{{"Ramadi", "IQ", "city", 0}, {"Fallujah", "IQ", "city", 0}, {"Hit", "IQ", "city", 95788}}},
		{"many-country name with theatre", "Clearing Rawa.", []string{"IQ"}, []want{{"Rawa", "IQ", "city", 92004}}},
		{"many-country name without support", "Clearing Rawa.", nil, nil},
		{"place, country", "Raqqa, Syria and Paris, Texas.", nil,
			[]want{{"Raqqa", "SY", "city", 0}, {"Syria", "SY", "country", 0}, {"Paris", "US", "city", 0}, {"Texas", "US", "region1", 0}}},
		{"state abbreviation", "He lives in Rome, Ga., now.", nil,
			[]want{{"Rome", "US", "city", 0}, {"Ga.", "US", "region1", 4197000}}},
		{"context country", "Kabul and Kandahar.", []string{"AF"},
			[]want{{"Kabul", "AF", "city", 0}, {"Kandahar", "AF", "city", 0}}},
		{"US", "The US and the U.S. said.", nil,
			[]want{{"US", "US", "country", 0}, {"U.S.", "US", "country", 0}}},
		{"curated features", "Along the Euphrates and the Tigris, in the Sinjar Mountains and Hamrin Mountains.", nil,
			[]want{{"Euphrates", "IQ", "feature", -1451}, {"Tigris", "IQ", "feature", -4}, {"Sinjar Mountains", "IQ", "feature", -10}, {"Hamrin Mountains", "IQ", "feature", -9}}},
		{"heading in title case", "Fighting Continues Near Mosul Dam And Tal Afar", nil,
			[]want{{"Mosul Dam", "IQ", "feature", -15}, {"Tal Afar", "IQ", "city", 90393}}},
		{"months", "The mission ended on August 30, 2021; in March 2017 and mid-August it was calm.", []string{"AF"}, nil},
		{"months without context", "On August 26 and March 10, 2020 they met.", nil, nil},
		{"rank abbreviations", "The force is led by Brig. Gen. Roger Turner and Col. Rob Manning.", []string{"AF"}, nil},
		{"name after a rank", "Gen. Turner and Secretary Pompeo spoke.", nil, nil},
		{"code name", "Operation Freedom's Sentinel began on January 1, 2015.", []string{"AF"}, nil},
		{"acronym", "U.S., NATO and Afghan investigations; NATO's mission.", []string{"AF"},
			[]want{{"U.S.", "US", "country", 0}}},
		{"dateline in capitals", "MOSUL - Iraqi forces advanced.", nil, []want{{"MOSUL", "IQ", "city", 0}}},
		{"function word before a lower-case generic", "The city left behind was ruined.", nil, nil},
		{"common word before a lower-case generic", "Inner city districts.", []string{"IQ"}, nil},
		{"Arabic name after a place name", "Fighters of Bunyan al-Marsous advanced.", []string{"LY"}, nil},
		{"alternate name of a place elsewhere", "The Taliban seized Kunduz. ISIS-Khorasan claimed it.", []string{"AF"},
			[]want{{"Kunduz", "AF", "city", 0}}},
		{"small place elsewhere", "Secretary of State Mike Pompeo was present; villages including Sousa and Hajin.", []string{"SY"},
			[]want{{"Hajin", "SY", "city", 0}}},
		{"given name before a common noun", "Bradley fighting vehicles and M1 tanks arrived at Zagan.", []string{"PL"},
			[]want{{"Zagan", "PL", "city", 0}}},
		{"given name needs nearby support", "Fort Carson, Colorado sent Bradley vehicles.", []string{"PL"},
			[]want{{"Fort Carson", "US", "city", 0}, {"Colorado", "US", "region1", 0}}},
		{"sentence start English word", "Far more people remain. Federal police cleared it.", []string{"IQ"}, nil},
		{"region of generic words elsewhere", "Storms hit the West Coast of the United States.", nil,
			[]want{{"United States", "US", "country", 0}}},
		{"region of generic words with its country", "Greymouth lies on the West Coast of New Zealand.", nil,
			[]want{{"Greymouth", "NZ", "city", 0}, {"West Coast", "NZ", "region1", 0}, {"New Zealand", "NZ", "country", 0}}},
		{"region suffix", "Fighting near Bakhmut in the Donetsk region; the Mosul region was quiet.", nil,
			[]want{{"Bakhmut", "UA", "city", 0}, {"Donetsk region", "UA", "region1", 0}, {"Mosul", "IQ", "city", 0}}},
		{"list before an org head", "Fighting went on in the Gaza Strip and the West Bank.", nil,
			[]want{{"Gaza Strip", "PS", "region1", 0}, {"West Bank", "PS", "region1", 0}}},
		{"one big region", "Raids in the West Bank continued.", []string{"IL"},
			[]want{{"West Bank", "PS", "region1", 0}}},
		{"press spelling", "Strikes hit Hodeidah and Sanaa.", []string{"YE"},
			[]want{{"Hodeidah", "YE", "city", 0}, {"Sanaa", "YE", "city", 0}}},
		{"Gulf of", "Sirte sits on the Gulf of Sirte.", []string{"LY"},
			[]want{{"Sirte", "LY", "city", 0}, {"Gulf of Sirte", "LY", "feature", 0}}},
		{"the Gulf near its shores", "A frigate sailed from Bahrain into the Gulf.", nil,
			[]want{{"Bahrain", "BH", "country", 0}, {"Gulf", "", "feature", -20}}},
		{"the Gulf far from it", "Storms hit the Gulf Coast of Texas; veterans of the Gulf War met in Ohio.", nil, // the curated Gulf Coast
			[]want{{"Gulf Coast", "US", "feature", -1215}, {"Texas", "US", "region1", 0}, {"Ohio", "US", "region1", 0}}},
		{"Gulf Province", "Voters in Gulf went to Kerema.", []string{"PG"},
			[]want{{"Gulf", "PG", "region1", 0}, {"Kerema", "PG", "city", 0}}},
		{"common word starting a sentence", "Hurricane winds hit Florida.", nil,
			[]want{{"Florida", "US", "region1", 0}}},
		// briefing names (a region's own name inside GeoNames' "Province of X", curated rows,
		// facilities' generic words)
		{"province of X without its head", "Marines deployed to Batanes in the Philippines.", nil,
			[]want{{"Batanes", "PH", "region2", 1726302}, {"Philippines", "PH", "country", 0}}},
		{"provinces listed", "Live-fire drills were held on Palawan and Batanes.", []string{"PH"},
			[]want{{"Palawan", "PH", "region2", 1696177}, {"Batanes", "PH", "region2", 1726302}}},
		{"a curated spelling is the place's own name", "Al-Shabaab fighters attacked Bardheere on Tuesday, officials in Somalia said.", nil,
			[]want{{"Bardheere", "SO", "city", 65170}, {"Somalia", "SO", "country", 0}}},
		{"a town before its training area", "Soldiers trained at Yakima Training Center in Washington.", nil,
			[]want{{"Yakima", "US", "city", 5816605}, {"Washington", "US", "region1", 5815135}}},
		{"a state's panhandle", "The storm hit the Florida Panhandle and the Texas Panhandle.", nil,
			[]want{{"Florida Panhandle", "US", "region1", 4155751}, {"Texas Panhandle", "US", "region1", 4736286}}},
		{"a prefecture before a town of its name in it", "F-15s left Kadena Air Base on Okinawa for Guam.", nil,
			[]want{{"Kadena Air Base", "JP", "feature", -526}, {"Okinawa", "JP", "region1", 1854345}, {"Guam", "GU", "country", 0}}},
		{"a sentence dense with names is no heading", "Lt. Gen. Michael Kurilla, Maj. Gen. Paris Davis and Col. Sydney Jackson met Iraqi officials in Baghdad.", nil,
			[]want{{"Baghdad", "IQ", "city", 0}}},
		{"persons listed in a sentence", "Gen. Charles Q. Brown Jr. met Jordan Williams, Houston Smith and Chad Lincoln at Incirlik Air Base.", nil,
			[]want{{"Incirlik Air Base", "TR", "feature", 0}}},
		{"a heading", "Secretary Austin Met With Troops In Baghdad", nil, []want{{"Baghdad", "IQ", "city", 0}}},
		{"a number ends a name", "Three soldiers were killed at Tower 22 in Jordan.", nil,
			[]want{{"Tower 22", "JO", "feature", -146}, {"Jordan", "JO", "country", 0}}},
		{"US bases", "B-52s from Barksdale AFB flew over Pearl Harbor; destroyers left Naval Station Mayport.", nil,
			[]want{{"Barksdale AFB", "US", "feature", -147}, {"Pearl Harbor", "US", "feature", -154},
				{"Naval Station Mayport", "US", "feature", -148}}},
		{"front-line villages", "Strikes hit the Saky airfield in Crimea; fighting went on at Vuhledar and Robotyne.", nil,
			[]want{{"Saky", "UA", "city", 694910}, {"Crimea", "UA", "region1", 0}, {"Vuhledar", "UA", "feature", -149},
				{"Robotyne", "UA", "feature", -150}}},
		{"towns of raids and strikes", "Raids in Atmeh, Syria; strikes at Jurf al-Sakhar, Iraq, and on Mocha in Yemen.", nil,
			[]want{{"Atmeh", "SY", "feature", -151}, {"Syria", "SY", "country", 0}, {"Jurf al-Sakhar", "IQ", "feature", -152},
				{"Iraq", "IQ", "country", 0}, {"Mocha", "YE", "feature", -153}, {"Yemen", "YE", "country", 0}}},
		{"a ship's name with \"of\"", "HMS Prince of Wales docked in Darwin, Australia.", nil,
			[]want{{"Darwin", "AU", "city", 0}, {"Australia", "AU", "country", 0}}},
		{"a task force named after a battle", "Task Force Tarawa moved north from Kuwait.", nil,
			[]want{{"Kuwait", "KW", "country", 0}}},
		{"a full stop after a short word ends the name", "The division fought near Quang Tri. Then it moved to Hanoi.", nil,
			[]want{{"Quang Tri", "VN", "region1", 0}, {"Hanoi", "VN", "city", 0}}},
		{"a Roman numeral is no place", "Veterans of World War II and WW II pilots met in Paris, France.", nil,
			[]want{{"Paris", "FR", "city", 0}, {"France", "FR", "country", 0}}},
		{"a compass word apart from a one-word name", "Aides in the West Wing met; jets used North Field on Tinian.", nil,
			[]want{{"North Field", "MP", "feature", -1047}, {"Tinian", "MP", "region1", 0}}},
		{"a town in a country", "In Germany, troops train at Grafenwöhr and Hohenfels. Farther south, Souda Bay on Crete, Incirlik in Turkey and Rota in Spain support the Mediterranean.", nil,
			[]want{{"Germany", "DE", "country", 0}, {"Grafenwöhr", "DE", "city", 0}, {"Hohenfels", "DE", "feature", -101},
				{"Souda Bay", "GR", "feature", -105}, {"Crete", "GR", "region1", 0}, {"Incirlik", "TR", "feature", 0}, {"Turkey", "TR", "country", 0},
				{"Rota", "ES", "city", 2511700}, {"Spain", "ES", "country", 0}, {"Mediterranean", "", "feature", -22}}},
		{"Korea alone", "Soldiers in Korea trained at Camp Humphreys.", nil,
			[]want{{"Korea", "KR", "country", 0}, {"Camp Humphreys", "KR", "feature", -111}}},
		{"battlefields, a strait, a bay and a gap", "Marines raised the flag on Iwo Jima; the 1st Marine Division fought at the Chosin Reservoir. The USS Iwo Jima sailed through the Luzon Strait to Subic Bay. Migrants crossed the Darién Gap.", nil,
			[]want{{"Iwo Jima", "JP", "feature", -155}, {"Chosin Reservoir", "KP", "feature", -156}, {"Luzon Strait", "", "feature", -157},
				{"Subic Bay", "PH", "feature", -159}, {"Darién Gap", "", "feature", -158}}},
		{"bases of the Sahel, Central America, Greenland, Iraq and Germany", "Drones left Air Base 201 near Agadez; Joint Task Force-Bravo flew from Soto Cano Air Base. Radars at Thule Air Base tracked launches; trainers left Taji; engineers moved to Baumholder. Envoys visited Berbera, Somaliland.", nil,
			[]want{{"Air Base 201", "NE", "feature", -163}, {"Agadez", "NE", "city", 0}, {"Soto Cano Air Base", "HN", "feature", -160},
				{"Thule Air Base", "GL", "feature", -161}, {"Taji", "IQ", "feature", -162}, {"Baumholder", "DE", "feature", -164},
				{"Berbera", "SO", "city", 0}, {"Somaliland", "SO", "feature", -165}}},
		{"a curated feature's own alias on its own", "In Germany, transport flights use Ramstein daily.", nil,
			[]want{{"Germany", "DE", "country", 0}, {"Ramstein", "DE", "feature", -99}}},
		{"a small namesake of a big region's seat", "U.S. officials left Niamey, Niger, for Mali and Chad; Lt. Col. Adam Savannah briefed reporters in Stuttgart.", nil,
			[]want{{"U.S.", "US", "country", 0}, {"Niamey", "NE", "city", 0}, {"Niger", "NE", "country", 0}, {"Mali", "ML", "country", 0},
				{"Chad", "TD", "country", 0}, {"Stuttgart", "DE", "city", 2825297}}},
		{"a name written with letters beyond ASCII", "Norwegian F-35s moved from Bodø to Ørland as the main base. American F-16s from the U.S. joined them.", nil,
			[]want{{"Bodø", "NO", "city", 0}, {"Ørland", "NO", "region2", 3143410}, {"U.S.", "US", "country", 0}}},
		{"a name before an oil field's words, found only by another name of a far town (the field itself is curated)", "Rockets struck Green Village by the al-Omar oil field in Syria. Jordan closed Rukban.", nil,
			[]want{{"al-Omar oil field", "SY", "feature", -1539}, {"Syria", "SY", "country", 0}, {"Jordan", "JO", "country", 0}, {"Rukban", "JO", "city", 0}}},
		{"a town before an oil field's words, with support nearby", "Engineers restored pumping at the Kirkuk oil field, officials in Baghdad said.", nil,
			[]want{{"Kirkuk", "IQ", "city", 0}, {"Baghdad", "IQ", "city", 0}}},
		{"a curated atoll", "Sailors marked the anniversary of the Battle of Midway. Midway changed the war in the Pacific.", nil,
			[]want{{"Midway", "UM", "feature", -169}, {"Midway", "UM", "feature", -169}, {"Pacific", "", "feature", 0}}},
		{"a town of that name beside its state", "Residents of Midway, Utah, and Provo voted.", nil,
			[]want{{"Midway", "US", "city", 0}, {"Utah", "US", "region1", 0}, {"Provo", "US", "city", 0}}},
		{"a town named with its district", "Aircraft struck Brak al-Shati airbase in southern Libya.", nil,
			[]want{{"Brak al-Shati", "LY", "city", 2218478}, {"Libya", "LY", "country", 0}}},
		// "U.S. Army Japan" is a command's name: Japan votes unseen (see TestCommandName)
		{"curated posts in press-release text", "TAMPA, Fla. — Leaders met at MacDill Air Force Base. U.S. Army Japan at Camp Zama and soldiers at Panmunjom held drills.", nil,
			[]want{{"TAMPA", "US", "city", 0}, {"Fla.", "US", "region1", 0}, {"MacDill Air Force Base", "US", "feature", -170}, {"Camp Zama", "JP", "feature", -172}, {"Panmunjom", "", "feature", -171}}},
		{"a city beside its governorate's name", "In the West Bank, raids in Jenin, Tulkarm and Nablus killed dozens.", nil,
			[]want{{"West Bank", "PS", "region1", 0}, {"Jenin", "PS", "city", 283506}, {"Tulkarm", "PS", "city", 0}, {"Nablus", "PS", "city", 0}}},
		{"a curated desert", "Rockets fired from Gaza reached the Negev, and drones flew toward Eilat.", nil,
			[]want{{"Gaza", "PS", "city", 0}, {"Negev", "IL", "feature", -173}, {"Eilat", "IL", "city", 0}}},
		{"a name spelled with letters beyond ASCII, among another country's places", "F-35 fighters from Ørland joined U.S. aircraft over California and Nevada.", nil,
			[]want{{"Ørland", "NO", "region2", 3143410}, {"U.S.", "US", "country", 0}, {"California", "US", "region1", 0}, {"Nevada", "US", "region1", 0}}},
		{"a lake named after a country, and African air bases", "Troops fought ISWAP near Lake Chad; drones flew from Chabelley Airfield, and Turkish jets used Al Watiya Air Base.", nil,
			[]want{{"Lake Chad", "", "feature", -166}, {"Chabelley Airfield", "DJ", "feature", -167}, {"Al Watiya Air Base", "LY", "feature", -168}}},
		{"a curated plain and training area", "Soldiers from Colchester trained on Salisbury Plain and at Sennybridge in Wales.", nil,
			[]want{{"Colchester", "GB", "city", 0}, {"Salisbury Plain", "GB", "feature", -174}, {"Sennybridge", "GB", "feature", -177}, {"Wales", "GB", "region1", 0}}},
		{"a suburb named like the plain, among its neighbours", "Residents of Salisbury Plain, Elizabeth and Adelaide complained.", nil,
			[]want{{"Salisbury Plain", "AU", "city", 0}, {"Elizabeth", "AU", "city", 0}, {"Adelaide", "AU", "city", 0}}},
		{"a curated island and town", "A skiff was seized east of Socotra; rockets fell near Marjayoun in Lebanon.", nil,
			[]want{{"Socotra", "YE", "feature", -175}, {"Marjayoun", "LB", "feature", -176}, {"Lebanon", "LB", "country", 0}}},
		{"a town after an installation's generic name", "Sailors at Fleet Activities Yokosuka and Naval Air Facility Misawa trained with Dale Preston of Naval Support Activity Naples.", nil,
			[]want{{"Yokosuka", "JP", "city", 0}, {"Misawa", "JP", "city", 0}, {"Naples", "IT", "city", 0}}},
		{"a name after River, without support", "The patrol ship is named after the River Trent, which flows through Nottingham.", nil,
			[]want{{"Nottingham", "GB", "city", 0}}},
		{"a name after River, with support", "Farmers drew water from the River Zarqa, officials in Amman and Irbid said.", nil,
			[]want{{"Zarqa", "JO", "city", 0}, {"Amman", "JO", "city", 0}, {"Irbid", "JO", "city", 0}}},
		{"a curated river by its other name", "Pilgrims were baptised in the River Jordan, officials in Amman and Irbid said.", nil,
			[]want{{"River Jordan", "", "feature", -221}, {"Amman", "JO", "city", 0}, {"Irbid", "JO", "city", 0}}},
		{"a curated mountain and island named after countries", "Troops trained on the slopes of Mount Kenya near Nanyuki; a patrol ship visited South Georgia.", nil,
			[]want{{"Mount Kenya", "KE", "feature", -178}, {"Nanyuki", "KE", "city", 0}, {"South Georgia", "GS", "country", 0}}},
		{"the countries themselves", "Troops trained in Kenya; officers from Georgia and Armenia visited.", nil,
			[]want{{"Kenya", "KE", "country", 0}, {"Georgia", "GE", "country", 0}, {"Armenia", "AM", "country", 0}}},
		{"two words written apart, a small place's one-word name", "Nurses treated children at a clinic in the Son Tra district of Da Nang.", nil,
			[]want{{"Da Nang", "VN", "city", 0}}},
		{"a big city's one-word spelling and a name the gazetteer writes apart", "Sailors visited Danang and Hoi An.", nil,
			[]want{{"Danang", "VN", "city", 0}, {"Hoi An", "VN", "city", 0}}},
		{"inside a chain of hyphenated words", "Ceremonies were held at Colleville-sur-Mer, Sainte-Mère-Église and Carentan, and on the Iraq-Syria-Jordan border.", nil,
			[]want{{"Colleville-sur-Mer", "FR", "feature", -205}, {"Sainte-Mère-Église", "FR", "feature", -204}, {"Carentan", "FR", "city", 0}, {"Iraq", "IQ", "country", 0}, {"Syria", "SY", "country", 0}, {"Jordan", "JO", "country", 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, m.Resolve([]string{tt.text}, tt.countries), tt.want)
		})
	}
}

func TestRepeatsResolveAlike(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Paris, Texas is small.", "Later Paris was quiet."}, nil)
	if len(got) != 3 || got[0].Place.ID != got[2].Place.ID || got[2].Place.Country != "US" {
		t.Fatalf("got %+v", got)
	}
	if got[2].Segment != 1 {
		t.Errorf("segment = %d", got[2].Segment)
	}
}

func TestOptions(t *testing.T) {
	testMatcher(t)
	m, err := NewMatcher(gaz, Options{
		Custom:  []Custom{{Name: "Camp Swift", Aliases: []string{"FOB Swift"}, Country: "iq", Lat: 35.1, Lon: 43.2, Kind: "base"}},
		Aliases: map[string]string{"Hawija Pocket": "Hawija", "Old Anbar": "Anbar, IQ"},
		Exclude: []string{"Mosul"},
	})
	if err != nil {
		t.Fatal(err)
	}
	got := m.Resolve([]string{"From Camp Swift and FOB Swift to the Hawija Pocket, Old Anbar and Mosul."}, nil)
	check(t, got, []want{{"Camp Swift", "IQ", "custom", 0}, {"FOB Swift", "IQ", "custom", 0},
		{"Hawija Pocket", "IQ", "city", 390188}, {"Old Anbar", "IQ", "region1", 99592}})
	p, ok := m.Lookup("camp-swift")
	if !ok || p.Name != "Camp Swift" || p.Lat != 35.1 {
		t.Errorf("Lookup(camp-swift) = %+v, %v", p, ok)
	}
	for _, bad := range []Options{
		{Aliases: map[string]string{"X": "No Such Place Anywhere"}},
		{Aliases: map[string]string{"X": "Hawija, FR"}},
		{Custom: []Custom{{Name: " "}}},
	} {
		if _, err := NewMatcher(gaz, bad); err == nil {
			t.Errorf("no error for %+v", bad)
		}
	}
	if _, err := NewMatcher(nil, Options{}); err == nil {
		t.Error("no error for a nil gazetteer")
	}
}

func TestSlugs(t *testing.T) {
	m := testMatcher(t)
	seen := map[string]bool{}
	for i, s := range m.slugs {
		if s == "" || seen[s] {
			t.Fatalf("slug %q of %s is empty or repeated", s, m.ent(int32(i)).Name)
		}
		seen[s] = true
	}
	for slug, id := range map[string]int64{"raqqah": 172955, "raqqah-region": 172957, "iraq": 99237,
		"hawijah": 390188, "anbar": 99592, "georgia": 614540, "georgia-us": 4197000,
		"red-sea": -21, "north-sea": -60, "asia": -32,
		// an Arabic article is left out only where names are written with one
		"fasher": 379555, "el-paso": 5520993, "el-salvador": 3585968} {
		if p, ok := m.Lookup(slug); !ok || p.ID != id {
			t.Errorf("Lookup(%q) = %d %s, %v; want %d", slug, p.ID, p.Name, ok, id)
		}
	}
	for _, r := range []string{"page", "by-count", "by-name"} {
		if p, ok := m.Lookup(r); ok {
			t.Errorf("reserved slug %q names %s", r, p.Name)
		}
	}
	if p, ok := m.Lookup("page-us"); !ok || p.Name != "Page" {
		t.Errorf("Lookup(page-us) = %+v, %v", p, ok)
	}
	if _, ok := m.Lookup("no-such-slug"); ok {
		t.Error("Lookup of an unknown slug succeeded")
	}
}

func TestResolveName(t *testing.T) {
	m := testMatcher(t)
	ctx := m.Resolve([]string{"Nashville, Tennessee"}, nil)
	for _, tt := range []struct{ name, country string }{{"Paris", "US"}, {"Swedish", "SE"}, {"Al Anbar", "IQ"}} {
		p, ok := m.ResolveName(tt.name, ctx, nil)
		if !ok || p.Country != tt.country {
			t.Errorf("ResolveName(%q) = %+v, %v", tt.name, p, ok)
		}
	}
	if _, ok := m.ResolveName("Qwxyzzy", nil, nil); ok {
		t.Error("resolved a non-name")
	}
}

// A dateline names a city: the name is the city elsewhere in the text too.
func TestDatelineCity(t *testing.T) {
	m := testMatcher(t)
	for _, text := range []string{"NEW YORK (AP) - Rain fell across New York on Monday.", "(NEW YORK) — Rain fell."} {
		for _, g := range m.Resolve([]string{text}, nil) {
			if g.Place.Kind != "city" {
				t.Errorf("%q: %s = %s (%s), want the city", text, g.Text, g.Place.Name, g.Place.Kind)
			}
		}
	}
	if got := m.Resolve([]string{"Rain fell across New York state and New York on Monday."}, nil); len(got) == 0 || got[len(got)-1].Place.Kind != "region1" {
		t.Errorf("without a dateline New York is the state: %+v", got)
	}
}

// A town's name that begins a longer town's name in the same text is that town.
func TestShortForm(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"The council of Palos Heights met on Monday. Palos officers said the road was closed."}, nil)
	if len(got) != 2 || got[1].Text != "Palos" || got[1].Place.Name != "Palos Heights" {
		t.Errorf("Palos after Palos Heights: %+v", got)
	}
	// a generic word does not make a longer name: "Lake Forest Park" leaves Lake Forest alone
	got = m.Resolve([]string{"The council of Lake Forest Park met on Monday. Lake Forest officers said the road was closed."}, nil)
	if len(got) != 2 || got[1].Place.Name != "Lake Forest" {
		t.Errorf("Lake Forest after Lake Forest Park: %+v", got)
	}
}

// An abbreviation written with its dot is no other place of that name ("R-Pa." is
// Pennsylvania, a legislator's state, not Pa, China), unless a place is spelled so ("L.A.").
func TestAbbreviationWithDot(t *testing.T) {
	m := testMatcher(t)
	if got := m.Resolve([]string{"Rep. Jane Roe, R-Pa., said the bill failed."}, nil); len(got) != 1 || got[0].Place.Name != "Pennsylvania" {
		t.Errorf("R-Pa.: %+v", got)
	}
	if got := m.Resolve([]string{"The firm hired Pa. Smith said the bill failed."}, nil); len(got) != 0 {
		t.Errorf("Pa. alone: %+v", got)
	}
	if got := m.Resolve([]string{"She flew to L.A. on Monday."}, nil); len(got) != 1 || got[0].Place.Name != "Los Angeles" {
		t.Errorf("L.A.: %+v", got)
	}
}

// A country's own name is no other name of a town, in local news of another country too.
func TestCountryNotTownAlternate(t *testing.T) {
	m := testMatcher(t)
	for _, g := range m.Resolve([]string{"Phoenix officials, Tucson crews and Mesa police met travellers from Egypt at the airport in Phoenix, Arizona."}, nil) {
		if g.Text == "Egypt" && g.Place.Kind != "country" {
			t.Errorf("Egypt = %s (%s)", g.Place.Name, g.Place.Kind)
		}
	}
}

// A modifier before a capitalised word is no town of that name.
func TestModifierNotTown(t *testing.T) {
	m := testMatcher(t)
	for _, text := range []string{"Central American migrants reached the border.", "The North Korean delegation left."} {
		for _, g := range m.Resolve([]string{text}, nil) {
			if g.Text == "Central" || g.Text == "North" {
				t.Errorf("%q: %s = %s (%s)", text, g.Text, g.Place.Name, g.Place.Country)
			}
		}
	}
}

// A saint's name before a possessive and a church's, school's or square's word is that
// building's name, not a town.
func TestSaintsBuilding(t *testing.T) {
	m := testMatcher(t)
	if got := m.Resolve([]string{"Crowds filled St. Paul's Cathedral on Sunday."}, nil); len(got) != 0 {
		t.Errorf("St. Paul's Cathedral: %+v", got)
	}
	if got := m.Resolve([]string{"Flights left St. Petersburg's Pulkovo airport."}, nil); len(got) != 1 || got[0].Text != "St. Petersburg" {
		t.Errorf("St. Petersburg's airport: %+v", got)
	}
}

// A small town named by another of its names does not pair with a neighbour by coherence:
// "Norristown" beside "Moundsville" stays Norristown, Pennsylvania, not Martins Ferry, Ohio
// (once called so, 30 km from Moundsville).
func TestCoherenceNotByAlternateName(t *testing.T) {
	m := testMatcher(t)
	for text, want := range map[string]string{
		"Crews from Norristown and Moundsville cleared the roads.": "Norristown",
		"Crews from Lacey and Bogalusa cleared the roads.":         "Lacey",
	} {
		got := m.Resolve([]string{text}, nil)
		if len(got) == 0 || got[0].Place.Name != want {
			t.Errorf("%q: %+v", text, got)
		}
	}
}

// A first-level region of fewer than 100,000 people weighs no more than a town of its size:
// "London" and "St. Thomas" named together are the pair in Ontario, not London and a parish
// of Jamaica.
func TestSmallRegionPrior(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Police in London and St. Thomas said the roads were icy."}, nil)
	if len(got) != 2 || got[0].Place.Country != "CA" || got[1].Place.Country != "CA" {
		t.Errorf("London and St. Thomas: %+v", got)
	}
}

// Two names whose candidates lie within a few kilometres of each other are that pair, even
// when one of them is found only by another of its names: "Edmonton" beside "Enfield" is the
// London district, not the Canadian city or a village in Kentucky, and "Enfield" is Enfield
// Town.
func TestCloseCandidatesCohere(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Pupils from an Edmonton school in Enfield planted flowers."}, nil)
	if len(got) != 2 {
		t.Fatalf("got %d mentions, want 2: %+v", len(got), got)
	}
	for _, g := range got {
		if g.Place.Country != "GB" {
			t.Errorf("%s: got %s, %s; want the place in London (GB)", g.Text, g.Place.Name, g.Place.Country)
		}
	}
}

// A name that needs a confident place nearby gives no coherence: "Kinsey", a surname and the
// name of an Alabama village only, does not make "Henry County" in a text about Indiana the
// county in Alabama (and then stay as the village, kept by that county). A dateline after a
// headline is a place whatever its size, and still says which "DeKalb County" the text means.
func TestNeedsNearGivesNoCoherence(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"The Indiana appeals court in Indianapolis heard the case from Henry County on Monday. Lawyers for Kinsey said they would appeal."}, nil)
	check(t, got, []want{{"Indiana", "US", "region1", 0}, {"Indianapolis", "US", "city", 0}, {"Henry County", "US", "region2", 0}})
	if r := got[len(got)-1].Place.Region; r != "Indiana" {
		t.Errorf("Henry County in %s, want Indiana", r)
	}
	got = m.Resolve([]string{"Budget approved. HENAGAR - The DeKalb County board met on Monday. DeKalb is growing."}, nil)
	if len(got) < 2 || got[0].Text != "HENAGAR" || got[1].Text != "DeKalb County" {
		t.Fatalf("got %+v, want HENAGAR and DeKalb County first", got)
	}
	for _, g := range got[:2] {
		if g.Place.Region != "Alabama" {
			t.Errorf("%s = %s in %s, want the place in Alabama", g.Text, g.Place.Name, g.Place.Region)
		}
	}
}

// A state's abbreviation written as a title, without its dot ("Miss Ohio"), is no hidden vote
// for the state: the counties of a pageant in Ohio are not Mississippi's. With its dot inside an
// organisation's name it still votes ("S.C. Department of Revenue").
func TestTitleIsNoStateAbbreviation(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"The Miss Ohio pageant drew women from Clark, Greene and Madison counties."}, nil)
	check(t, got, []want{{"Clark", "US", "region2", 0}, {"Greene", "US", "region2", 0}, {"Madison", "US", "region2", 0}})
	for _, g := range got {
		if g.Place.Region != "Ohio" {
			t.Errorf("%s = %s in %s, want the county in Ohio", g.Text, g.Place.Name, g.Place.Region)
		}
	}
	_, hidden := m.ResolveWithHidden([]string{"Staff of the S.C. Department of Revenue met."}, nil)
	if len(hidden) != 1 || hidden[0].Place.Name != "South Carolina" {
		t.Errorf("hidden = %+v, want South Carolina", hidden)
	}
}

// A weak name (namesakes in several countries, none large) is kept beside a demonym of its
// country, as beside a confident place of it, when its place there is the name's likeliest one
// anyway: a demonym does not keep a namesake that its own vote chose.
func TestDemonymSupportsWeakName(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Ukrainian troops held Pokrovsk on Monday."}, nil), []want{{"Pokrovsk", "UA", "city", 0}})
	check(t, m.Resolve([]string{"Russian troops attacked Pokrovsk on Monday."}, nil), nil)
}

// "Media" is an ordinary word of the press: "a Sun Media reporter" names no Media,
// Pennsylvania, and so does not draw "Ottawa" to Illinois.
func TestMediaIsCommonWord(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"A Sun Media reporter filed the story from Ottawa."}, nil), []want{{"Ottawa", "CA", "city", 0}})
}

// A plural region suffix makes a region of the names of a list ("Cooke and Grayson counties"),
// not of a lone name before it: "the metro Houston counties" lie around Houston, the city.
func TestPluralSuffixNeedsList(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Home prices fell across the metro Houston counties, from Harris County to Fort Bend County."}, nil)
	check(t, got, []want{{"Houston", "US", "city", 0}, {"Harris County", "US", "region2", 0}, {"Fort Bend County", "US", "region2", 0}})
	check(t, m.Resolve([]string{"Floods hit Cooke and Grayson counties."}, nil), []want{{"Cooke", "US", "region2", 0}, {"Grayson", "US", "region2", 0}})
}

// A dateline is a place: a town whose namesakes lie in several countries, none large, needs
// no other support when the text is filed from it.
func TestDatelineSupportsItself(t *testing.T) {
	m := testMatcher(t)
	for _, text := range []string{"DOVER — The city council approved the budget on Monday.", "Budget approved. DOVER - The council met on Monday."} {
		check(t, m.Resolve([]string{text}, nil), []want{{"DOVER", "US", "city", 0}})
	}
}

// A region's suffix on a name placed in a country with no region of that name is the area of
// that place: "the Preston district" beside Preston, England, is no county in West Virginia.
// Where a region of the name lies in that country it stays the region.
func TestRegionSuffixAbroadIsArea(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Traffic in Preston rose last year, and the Preston district council plans new bus lanes."}, nil),
		[]want{{"Preston", "GB", "city", 0}, {"Preston district", "GB", "city", 0}})
	check(t, m.Resolve([]string{"Flooding closed roads in Doncaster; the Doncaster district council opened a shelter."}, nil),
		[]want{{"Doncaster", "GB", "city", 0}, {"Doncaster district", "GB", "region2", 0}})
}

// A name before a government's title is the province or country that government runs, not
// its capital of the same name.
func TestGovernmentTitleNamesPolity(t *testing.T) {
	m := testMatcher(t)
	for _, text := range []string{"The Quebec Health Minister said on Sunday that talks in Ottawa had stalled.",
		"The Quebec government said on Sunday that talks in Ottawa had stalled."} {
		check(t, m.Resolve([]string{text}, nil), []want{{"Quebec", "CA", "region1", 0}, {"Ottawa", "CA", "city", 0}})
	}
}

// A country named after a saint is found with the title abbreviated, as towns are.
func TestSaintAbbreviatedCountry(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"A freighter flagged in St. Kitts and Nevis sank; St Lucia sent a boat."}, nil),
		[]want{{"St. Kitts and Nevis", "KN", "country", 0}, {"St Lucia", "LC", "country", 0}})
}

// A capitalised common word amid a sentence makes a longer proper name with a small place's name
// after it ("a Golden Globe" is no Globe, Arizona), but a generic word of places does not
// ("Mount Sinjar").
func TestCommonWordBeforeSmallPlace(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"The film won a Golden Globe on Sunday, and the cast dined in Los Angeles."}, nil),
		[]want{{"Los Angeles", "US", "city", 0}})
	check(t, m.Resolve([]string{"Families fled to Mount Sinjar in August."}, nil), []want{{"Mount Sinjar", "IQ", "feature", 0}})
}

// "Premier" is a title, as "Governor" is: "Manitoba Premier" names the province, not a longer
// proper name.
func TestPremierIsTitle(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Manitoba Premier Jane Doe announced new hospital funding on Monday."}, nil),
		[]want{{"Manitoba", "CA", "region1", 0}})
}

// The own name of a first-level region of ten million people or more is no village's, in
// American local news too: "England" is not England, Arkansas.
func TestBigRegionNotVillage(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"A Pasadena collector who lives near Glendale, California, bought the old tiles in England last year."}, nil)
	if len(got) == 0 || got[len(got)-1].Text != "England" || got[len(got)-1].Place.Country != "GB" {
		t.Errorf("got %+v, want England, GB, last", got)
	}
}

// An ocean's name is not a small town's, in American local news too.
func TestOceanNotTown(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Boats left Norfolk, Virginia, and Richmond crews watched the Pacific and the Atlantic."}, nil)
	n := 0
	for _, g := range got {
		if g.Text == "Pacific" || g.Text == "Atlantic" {
			n++
			if g.Place.Kind != "feature" {
				t.Errorf("%s = %s (%s, %s), want the ocean", g.Text, g.Place.Name, g.Place.Kind, g.Place.Country)
			}
		}
	}
	if n != 2 {
		t.Errorf("found %d of the two oceans: %+v", n, got)
	}
}

// A name the gazetteer lacks, or knows only by a part that lies far from the document's
// places, resolves to the document's focus: the city it names most often.
func TestResolveNameFocus(t *testing.T) {
	m := testMatcher(t)
	ctx := m.Resolve([]string{"Flooding hit Nashville, Tennessee, on Monday. Nashville officials and Memphis crews worked through the night."}, nil)
	for _, name := range []string{"Qwxyzzy Plaza", "Bandera Street"} {
		p, ok := m.ResolveName(name, ctx, nil)
		if !ok || p.Name != "Nashville" {
			t.Errorf("ResolveName(%q) in a text about Nashville = %s (%s), %v; want Nashville", name, p.Name, p.Kind, ok)
		}
	}
	// so does a common word whose place is small and far ("Congress", Arizona)
	if p, ok := m.ResolveName("Congress", ctx, nil); !ok || p.Name != "Nashville" {
		t.Errorf("ResolveName(Congress) in a text about Nashville = %s, %v; want Nashville", p.Name, ok)
	}
	// a part near the document's places, or a big place, is kept
	for name, want := range map[string]string{"Memphis Zoo": "Memphis", "Mosul Art Gallery": "Mosul"} {
		if p, ok := m.ResolveName(name, ctx, nil); !ok || p.Name != want {
			t.Errorf("ResolveName(%q) = %s, %v; want %s", name, p.Name, ok, want)
		}
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{"Al Qā’im": "al qaim", "Deir ez-Zor": "deir ez zor",
		"Ţūz Khūrmātū": "tuz khurmatu", "Straße": "strasse", "Łódź": "lodz"} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"", "Raqqa, Syria", "Iraq’s Kirkuk province", "al-Qā’im", "U.S.", "Rome, Ga.",
		"ǅ Ḩ \u0301 ’s", "Hit and Tuz", "\xff\xfeMosul", "Islamic State of Iraq and Syria", "A. B. C. D. E. F. G. H. I.",
		"the People’s Republic of China", "Q: Nancy, we", "near A, B and C in Donetsk Oblast", "Forces Europe-Africa and",
		"10 U.S.C.", "3rd (United Kingdom) Division", "Mexico, Missouri,"} {
		f.Add(s, "Mosul Dam")
	}
	m := testMatcher(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		segs := []string{a, b}
		for _, seg := range segs {
			checkNotedWords(t, m, seg)
		}
		got := m.Resolve(segs, []string{"IQ"})
		for i, x := range got {
			seg := segs[x.Segment]
			if x.Start < 0 || x.End > len(seg) || x.Start >= x.End {
				t.Fatalf("mention %d out of range: %+v", i, x)
			}
			if !boundary(seg, x.Start) || !boundary(seg, x.End) {
				t.Fatalf("mention %d not on rune boundaries: %+v", i, x)
			}
			if x.Text != seg[x.Start:x.End] {
				t.Fatalf("mention %d text %q != %q", i, x.Text, seg[x.Start:x.End])
			}
			if i > 0 {
				p := got[i-1]
				if p.Segment > x.Segment || p.Segment == x.Segment && p.End > x.Start {
					t.Fatalf("mentions %d and %d unsorted or overlapping", i-1, i)
				}
			}
		}
		// ResolveSpan on any part of a segment, with that segment's mentions as context.
		var ctx []Mention
		for _, x := range got {
			if x.Segment == 0 {
				ctx = append(ctx, x)
			}
		}
		m.ResolveSpan(a, len(a)/3, len(a)*2/3+1, ctx, nil)
	})
}

// boundary reports whether i is where a rune starts (as range decodes s, invalid bytes
// counting as one rune each) or the end of s.
func boundary(s string, i int) bool {
	if i == len(s) {
		return true
	}
	for j := range s {
		if j == i {
			return true
		}
	}
	return false
}

func BenchmarkResolve(b *testing.B) {
	m := testMatcher(b)
	text, err := os.ReadFile("../../../../shared/seed-briefing.txt")
	if err != nil {
		b.Skip(err)
	}
	segs := strings.Split(string(text), "\n\n")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		m.Resolve(segs, []string{"IQ", "SY"})
	}
}

func BenchmarkNewMatcher(b *testing.B) {
	testMatcher(b)
	for b.Loop() {
		if _, err := NewMatcher(gaz, seedOptions); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResolveCorpus resolves every briefing of a gen-corpus archive, one document each
// (SITREP_BENCH_CORPUS=/tmp/c100 after `shared/bench/gen-corpus 100 /tmp/c100`).
func BenchmarkResolveCorpus(b *testing.B) {
	dir := os.Getenv("SITREP_BENCH_CORPUS")
	if dir == "" {
		b.Skip("SITREP_BENCH_CORPUS not set")
	}
	m := testMatcher(b)
	var docs [][]string
	var n int64
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		text, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		n += int64(len(text))
		docs = append(docs, strings.Split(string(text), "\n\n"))
		return nil
	})
	if err != nil || len(docs) == 0 {
		b.Skip("no briefings:", err)
	}
	b.SetBytes(n)
	for b.Loop() {
		for _, d := range docs {
			m.Resolve(d, []string{"IQ", "SY"})
		}
	}
}

// Each block of a briefing (paragraph, heading, table cell, list item) is its own segment, so
// a capitalised common word at its start starts a sentence.
func TestSegmentStarts(t *testing.T) {
	m := testMatcher(t)
	segs := []string{"Date", "Main sea platform", "Welcome in Zagan: January 14, 2017", "Area", "Base",
		"Bottom line: the name changes nothing.", "Page", "Story", "Alliance members met."}
	check(t, m.Resolve(segs, []string{"PL", "IQ"}), []want{{"Zagan", "PL", "city", 0}})
	check(t, m.Resolve(segs, nil), []want{{"Zagan", "PL", "city", 0}})
}

func TestResolveNameFallbacks(t *testing.T) {
	m := testMatcher(t)
	for name, want := range map[string]string{"EU": "Europe", "European Union": "Europe",
		"Greater Kirkuk Area": "Kirkuk", "Mosul Art Gallery": "Mosul", "Iraqi Plains": "Iraq",
		"New Yorkers": "New York", "Kentuckians": "Kentucky", "Iowan": "Iowa", "Kansan": "Kansas",
		"Bostonians": "Boston", "Virginians": "Virginia", "New Orleans Streetcar Company": "New Orleans",
		"Northern Baghdad Operations Command": "Baghdad"} {
		p, ok := m.ResolveName(name, nil, nil)
		if !ok || !strings.Contains(p.Name, want) {
			t.Errorf("ResolveName(%q) = %s (%s), %v; want %s", name, p.Name, p.Kind, ok, want)
		}
	}
	if p, ok := m.ResolveName("University Hospital Wing", nil, nil); ok {
		t.Errorf("ResolveName(University Hospital Wing) = %s", p.Name)
	}
}

// A name rejected as part of a longer name hides the names inside it, not the names that
// run on past it.
func TestInsideRejectedName(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"She studied at the University of South Dakota and reads the New York Times."}, nil), nil)
	check(t, m.Resolve([]string{"He said. A New Mexico native, he moved to Mosul."}, nil),
		[]want{{"New Mexico", "US", "region1", 0}, {"Mosul", "IQ", "city", 0}})
}

// A dateline in capitals after a headline on the same line.
func TestDatelineAfterHeadline(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Talks ended. ROANOKE, Va. - Volunteers met."}, nil),
		[]want{{"ROANOKE", "US", "city", 0}, {"Va.", "US", "region1", 0}})
	check(t, m.Resolve([]string{"Talks went on. NATO, the alliance, met."}, nil), nil)
}

// An acronym starting a line is no dateline unless a comma, a dash or a bracket follows it.
func TestAcronymAtLineStart(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"NATO troops trained in Poland."}, nil),
		[]want{{"Poland", "PL", "country", 0}})
	check(t, m.Resolve([]string{"Troops trained.\nNATO allies met in Riga."}, nil),
		[]want{{"Riga", "LV", "city", 0}})
	check(t, m.Resolve([]string{"MOSUL, Iraq -- The council met."}, nil),
		[]want{{"MOSUL", "IQ", "city", 0}, {"Iraq", "IQ", "country", 0}})
	check(t, m.Resolve([]string{"KABUL (Reuters) - Talks began."}, nil),
		[]want{{"KABUL", "AF", "city", 0}})
}

// A place name inside a water body's name the gazetteer lacks is not the place.
func TestInsideWaterBodyName(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Ships sailed in the Banda Sea, the Sea of Bengal and the Gulf of Ghana."}, nil), nil)
	check(t, m.Resolve([]string{"Ships sailed in the South China Sea and the Gulf of Guinea."}, nil),
		[]want{{"South China Sea", "", "feature", 0}, {"Gulf of Guinea", "", "feature", 0}})
	check(t, m.Resolve([]string{"The destroyer crossed the Jeju Strait to Japan."}, nil),
		[]want{{"Japan", "JP", "country", 0}})
	check(t, m.Resolve([]string{"The destroyer crossed the Korea Strait to Japan."}, nil),
		[]want{{"Korea Strait", "", "feature", -472}, {"Japan", "JP", "country", 0}})
	check(t, m.Resolve([]string{"The destroyer crossed the Taiwan Strait to Japan."}, nil),
		[]want{{"Taiwan Strait", "", "feature", 0}, {"Japan", "JP", "country", 0}})
	check(t, m.Resolve([]string{"Pirates in the Gulf of Aden fled to Somalia."}, nil),
		[]want{{"Gulf of Aden", "", "feature", 0}, {"Somalia", "SO", "country", 0}})
}

// A town's name before "River" needs the document's support: the river may be far from it.
func TestRiverNeedsSupport(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Ladybrand sits on the Caledon River east of Bloemfontein."}, []string{"ZA"}), // no Caledon, Ontario
		[]want{{"Ladybrand", "ZA", "city", 0}, {"Bloemfontein", "ZA", "city", 0}})
	check(t, m.Resolve([]string{"Upington sits on the Orange River west of Kimberley."}, []string{"ZA"}), // curated
		[]want{{"Upington", "ZA", "city", 0}, {"Orange River", "ZA", "feature", -1166}, {"Kimberley", "ZA", "city", 0}})
	// a river the curated list has is the river
	check(t, m.Resolve([]string{"Jilib sits on the Juba River north of Kismayo."}, []string{"SO"}),
		[]want{{"Jilib", "SO", "city", 0}, {"Juba River", "SO", "feature", -343}, {"Kismayo", "SO", "city", 0}})
	check(t, m.Resolve([]string{"The Kabul River runs east."}, []string{"AF"}),
		[]want{{"Kabul River", "AF", "feature", -228}})
}

func TestDatelineDash(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Council backs repairs. MOSUL -- The council met on Monday."}, nil),
		[]want{{"MOSUL", "IQ", "city", 0}})
	check(t, m.Resolve([]string{"The plan failed. NATO - and its allies - met."}, nil), nil)
}

func TestEnglishArticleAndUnknownSeat(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Shelling hit northern Iraq as Turkish jets struck."}, nil),
		[]want{{"Iraq", "IQ", "country", 0}})
	check(t, m.Resolve([]string{"Artillery fired on Taftanaz and other towns."}, nil),
		[]want{{"Taftanaz", "SY", "city", 0}})
}

// In a document of one country, a place elsewhere that is neither big nor supported is no
// place; a big one named by a common alternate name stays.
func TestForeignWithoutSupport(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Fighting went on in Mosul, Tikrit, Kirkuk, Ramadi and Baghdad on Monday. Kiev sent aid, and Gonzalez would not."}, nil),
		[]want{{"Mosul", "IQ", "city", 0}, {"Tikrit", "IQ", "city", 0}, {"Kirkuk", "IQ", "city", 0},
			{"Ramadi", "IQ", "city", 0}, {"Baghdad", "IQ", "city", 0}, {"Kiev", "UA", "city", 0}})
}

func TestStreetCodesAndSaintsDays(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Safety on St. George's Day. The march went along Southeast 12th Avenue and won the Division 3A title. It was Mosul's 5th attack."}, nil),
		[]want{{"Mosul", "IQ", "city", 0}})
}

// With nothing else to go by, the most populous of equally scored counties wins.
func TestTieByPeople(t *testing.T) {
	m := testMatcher(t)
	p, ok := m.ResolveName("Orange County", nil, nil)
	if !ok || p.Region != "California" {
		t.Errorf("ResolveName(Orange County) = %s, %s", p.Name, p.Region)
	}
}

func TestArticleAfterDateline(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"MOSUL, Iraq A car bomb went off."}, nil),
		[]want{{"MOSUL", "IQ", "city", 0}, {"Iraq", "IQ", "country", 0}})
}

// "X, State" keeps X a place in a document that also writes it before a capitalised word.
func TestPlaceCommaRegionCue(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"The Westford Woman's Club met on Monday. WESTFORD, Mass. -- The club gave out awards."}, nil),
		[]want{{"WESTFORD", "US", "city", 0}, {"Mass.", "US", "region1", 0}})
}

func TestElidedArticle(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Officials in Côte d'Ivoire said so."}, nil),
		[]want{{"Côte d'Ivoire", "CI", "country", 0}})
}

// A place is no evidence of nearness for itself: "Mexico" beside "Mexico City" is the country.
func TestNotNearItself(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"MEXICO CITY - Officials met on Monday. Mexico will send aid to the United States, officials in Mexico City said."}, nil)
	for _, g := range got {
		if g.Text == "Mexico" && g.Place.Kind != "country" {
			t.Errorf("Mexico = %s (%s)", g.Place.Name, g.Place.Kind)
		}
	}
}

// A water body's own name is the water body, not a region named after it: "Red Sea" in a
// text about Egypt is the sea; "Red Sea province" is the governorate.
func TestWaterBodyName(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"A cargo ship sank in the Red Sea on Monday, an Egyptian official said."}, nil)
	if len(got) != 1 || got[0].Place.Kind != "feature" {
		t.Errorf("Red Sea: %+v", got)
	}
	got = m.Resolve([]string{"Police in Red Sea province said the road was closed, an Egyptian official said."}, nil)
	if len(got) != 1 || got[0].Place.Kind != "region1" || got[0].Place.Country != "EG" {
		t.Errorf("Red Sea province: %+v", got)
	}
}

// In a text about one country, a foreign city of a million or more people keeps its name
// against a small namesake: "Toronto" beside Buffalo, Dallas and Zurich is Toronto, Ontario,
// not Toronto, Ohio.
func TestBigCityKeepsName(t *testing.T) {
	m := testMatcher(t)
	ctx := m.Resolve([]string{"Fans in Buffalo, Dallas and Zurich watched the game."}, nil)
	if p, ok := m.ResolveName("Toronto", ctx, nil); !ok || p.Country != "CA" {
		t.Errorf("Toronto: %+v", p)
	}
}

// A wire service's name after a dateline is no place: "GLOBE NEWSWIRE" is not Globe, Arizona.
func TestWireService(t *testing.T) {
	m := testMatcher(t)
	for _, g := range m.Resolve([]string{"LOS ANGELES, April 05, 2018 (GLOBE NEWSWIRE) -- The firm has offices in Miami and Detroit."}, nil) {
		if g.Text == "GLOBE" {
			t.Errorf("GLOBE: %+v", g)
		}
	}
}

// ResolveName takes a county's name without "County" for the county the document names in
// full: "Suffolk" beside "Suffolk County" is not Suffolk, Virginia.
func TestResolveNameBareCounty(t *testing.T) {
	m := testMatcher(t)
	ctx := m.Resolve([]string{"Police in Suffolk County and Southold searched the beach."}, nil)
	if p, ok := m.ResolveName("Suffolk", ctx, nil); !ok || p.Kind != "region2" || p.Region != "New York" {
		t.Errorf("Suffolk: %+v", p)
	}
	if p, ok := m.ResolveName("Syrian coast", nil, nil); !ok || p.Country != "SY" {
		t.Errorf("Syrian coast: %+v", p)
	}
}

// "Co." after a county's name is "County": "Loudon Co." is Loudon County, Tennessee, in running
// text and for ResolveName.
func TestCountyAbbreviation(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Deputies in Loudon Co. arrested two men near Lenoir City, Tennessee."}, nil)
	if len(got) == 0 || got[0].Text != "Loudon Co" || got[0].Place.Kind != "region2" {
		t.Errorf("Loudon Co.: %+v", got)
	}
	if p, ok := m.ResolveName("Loudon Co.", got, nil); !ok || p.Kind != "region2" || p.Region != "Tennessee" {
		t.Errorf("ResolveName Loudon Co.: %+v", p)
	}
}

// "Reserve" heads organisations' names ("Federal Reserve", "Army Reserve"): it is no town
// there, and ResolveName takes "US Federal Reserve" for the United States.
func TestReserve(t *testing.T) {
	m := testMatcher(t)
	for _, g := range m.Resolve([]string{"The US Federal Reserve raised rates, and the Army Reserve sent troops."}, nil) {
		if g.Place.Name == "Reserve" {
			t.Errorf("Reserve: %+v", g)
		}
	}
	if p, ok := m.ResolveName("US Federal Reserve", nil, nil); !ok || p.Kind != "country" || p.Country != "US" {
		t.Errorf("US Federal Reserve: %+v", p)
	}
}

// ResolveName resolves a name the document's mentions include as they do: "New York" beside
// a mention of New York, the city, is the city.
func TestResolveNameRepeat(t *testing.T) {
	m := testMatcher(t)
	ctx := m.Resolve([]string{"NEW YORK (AP) - Crowds gathered in Brooklyn."}, nil)
	if len(ctx) == 0 || ctx[0].Place.Kind != "city" {
		t.Fatalf("dateline: %+v", ctx)
	}
	if p, ok := m.ResolveName("New York", ctx, nil); !ok || p.Kind != "city" {
		t.Errorf("New York: %+v", p)
	}
	// with a region's suffix: the region of that name around the place
	ctx = m.Resolve([]string{"Protesters gathered in Karak and Amman, Jordan, on Friday."}, nil)
	if p, ok := m.ResolveName("Karak district", ctx, nil); !ok || p.Country != "JO" || p.Kind != "region1" {
		t.Errorf("Karak district: %+v", p)
	}
}

// Demonyms that are also towns' names are no places in running text ("English" is not
// English, Indiana), and ResolveName takes a UK nation's demonym for the nation and a people's
// for its region.
func TestDemonymTowns(t *testing.T) {
	m := testMatcher(t)
	if got := m.Resolve([]string{"The English teacher and the Welsh choir met Spanish guests."}, nil); len(got) != 0 {
		t.Errorf("demonyms tagged: %+v", got)
	}
	for name, want := range map[string]string{"English": "England", "Kurdish": "Kurdistan", "Arab": "Arabian Peninsula", "Basque": "Basque Country", "Siberian": "Siberia"} {
		if p, ok := m.ResolveName(name, nil, nil); !ok || p.Name != want {
			t.Errorf("%s: %+v", name, p)
		}
	}
}

// A seat whose population GeoNames leaves at 0 weighs as a village of 1,000 people, not as
// nothing: "Twickenham" in a text about a pub there is the London town, not Huntsville, Alabama,
// once called so.
func TestUnknownSeatPrior(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Twickenham pub hosts charity week. The George in Twickenham will hold a quiz for the British Heart Foundation."}, nil)
	for _, g := range got {
		if g.Text == "Twickenham" && g.Place.Country != "GB" {
			t.Errorf("Twickenham: %+v", g)
		}
	}
}

// A country or first-level region listed with others of its kind takes their kind: "Georgia"
// beside Alabama and Florida is the state, beside Armenia and Azerbaijan the country; the
// states of a list stay states ("Washington, Oregon and Idaho").
func TestListKind(t *testing.T) {
	m := testMatcher(t)
	for text, want := range map[string]string{
		"Storms hit Alabama, Georgia and Florida on Monday.":               "region1",
		"Leaders of Armenia, Azerbaijan and Georgia met on Monday.":        "country",
		"Fires burned in Washington, Oregon and Idaho through the summer.": "region1",
	} {
		for _, g := range m.Resolve([]string{text}, nil) {
			if (g.Text == "Georgia" || g.Text == "Washington") && g.Place.Kind != want {
				t.Errorf("%q: %s = %s %s", text, g.Text, g.Place.Name, g.Place.Kind)
			}
		}
	}
}

// The focus is the city whose neighbours the text names: a gallery in a text about Santa
// Barbara, Goleta and Carpinteria that also names Phoenix is near Santa Barbara.
func TestFocusNeighbours(t *testing.T) {
	m := testMatcher(t)
	ctx := m.Resolve([]string{"Visitors from Phoenix came to Goleta and Carpinteria, near Santa Barbara."}, nil)
	p, ok := m.ResolveName("Sullivan Goss Gallery", ctx, nil)
	if !ok || Haversine(p.Lat, p.Lon, 34.42, -119.70) > 50 {
		t.Errorf("focus: %+v (context %+v)", p, ctx)
	}
}

// A modifier on its own is an adjective or a direction, not a place, unless a region's suffix
// follows.
func TestLoneModifier(t *testing.T) {
	m := testMatcher(t)
	if got := m.Resolve([]string{"Western governments and Central banks met; the convoy headed West."}, nil); len(got) != 0 {
		t.Errorf("lone modifiers tagged: %+v", got)
	}
}

// "North Atlantic" is the ocean's northern part, but not inside NATO's name.
func TestNorthAtlantic(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Ships crossed the North Atlantic in winter."}, nil)
	if len(got) != 1 || got[0].Place.Name != "North Atlantic Ocean" {
		t.Errorf("North Atlantic: %+v", got)
	}
	if got := m.Resolve([]string{"Ministers of the North Atlantic Treaty Organization met in Brussels."}, nil); len(got) != 1 || got[0].Text != "Brussels" {
		t.Errorf("NATO: %+v", got)
	}
}

// ResolveName keeps a continent found after "of" ("Council of Europe"), whatever the text's focus.
func TestResolveNameContinentAfterOf(t *testing.T) {
	m := testMatcher(t)
	ctx := m.Resolve([]string{"Ministers met in London and Manchester, England."}, nil)
	if p, ok := m.ResolveName("Council of Europe", ctx, nil); !ok || p.Name != "Europe" {
		t.Errorf("Council of Europe: %+v", p)
	}
}

// A small town that has a name only as another of its names gets its country's share only
// with local support when a big city has the name as its own: "Jerusalem" in a text about
// U.S. diplomacy is not El Rio, California.
func TestSmallAlternateNational(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"U.S. officials in Washington said the U.S. envoy will keep offices in Jerusalem and in New York, where he lives, and in Boston."}, nil)
	for _, g := range got {
		if g.Text == "Jerusalem" && g.Place.Country != "IL" {
			t.Errorf("Jerusalem: %+v", g)
		}
	}
}

// A township named after a famous place lies where the text is: "Washington Township" in a
// text about Paterson and Allendale, New Jersey, is near them, not Washington, D.C.
func TestResolveNameTownship(t *testing.T) {
	m := testMatcher(t)
	ctx := m.Resolve([]string{"Police in Paterson and Allendale, New Jersey, searched the woods."}, nil)
	p, ok := m.ResolveName("Washington Township", ctx, nil)
	if !ok || Haversine(p.Lat, p.Lon, 40.99, -74.06) > 100 {
		t.Errorf("Washington Township: %+v", p)
	}
}

// A saint's given name followed by a possessive and a capitalised word names an institution
// called after the saint ("St. Paul's Veterans Home"), not a town; a town's own possessive
// stays ("St. Petersburg's Central Station").
func TestSaintPossessiveInstitution(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Volunteers from St. Paul's Veterans Home and St. Mary's Community Hospital drove to Oslo."}, nil)
	check(t, got, []want{{"Oslo", "NO", "city", 0}})
	got = m.Resolve([]string{"The convoy left St. Petersburg's Central Station at noon."}, nil)
	check(t, got, []want{{"St. Petersburg", "RU", "city", 0}})
}

// A common word directly before a minister's title names the portfolio, not a town ("Energy"
// is no Energy, Illinois, though Carbondale lies beside it).
func TestPortfolioBeforeTitle(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"The U.S. Energy Secretary toured a coal mine near Carbondale, Illinois, on Monday."}, nil)
	check(t, got, []want{{"U.S.", "US", "country", 0}, {"Carbondale", "US", "city", 0}, {"Illinois", "US", "region1", 0}})
}

// A common word after "and" and a capitalised common word ends an organisation's name
// ("Chamber of Commerce and Industry" names no Industry, Pennsylvania, beside Pittsburgh).
func TestCoordinatedCommonWord(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"Members of the Chamber of Commerce and Industry met officials in Pittsburgh, Pennsylvania, on Monday."}, nil)
	check(t, got, []want{{"Pittsburgh", "US", "city", 0}, {"Pennsylvania", "US", "region1", 0}})
}

// Ordinary English words that small towns share ("Empire", "Celebration") need a place
// nearby, not just their country, to be tagged.
func TestOrdinaryWordsNeedSupport(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"The U.S. museum in Chicago showed American Artists from the Russian Empire this spring.",
		"Visitors to the State Celebration in Boston were asked to bring a friend."}, nil)
	check(t, got, []want{{"U.S.", "US", "country", 0}, {"Chicago", "US", "city", 0}, {"Boston", "US", "city", 0}})
}

// A common word before "of" and a capitalised word heads a title or an organisation's name
// ("Secretary of Defense" is no Secretary, Maryland, beside Easton).
func TestCommonWordBeforeOf(t *testing.T) {
	m := testMatcher(t)
	got := m.Resolve([]string{"The 2009 Secretary of Defense award went to a firm in Easton, Maryland."}, nil)
	check(t, got, []want{{"Easton", "US", "city", 0}, {"Maryland", "US", "region1", 0}})
}

// Military installations that briefings name: each is tagged whole, in its country, within
// a few kilometres of the point the curated list cites (Fort Cavazos and Fort Liberty: the
// GeoNames place they add a name to; the Grafenwoehr Training Area beside its town).
func TestMilitaryInstallations(t *testing.T) {
	type base struct {
		text     string
		country  string
		lat, lon float64
	}
	cases := []struct {
		text  string
		bases []base
	}{
		{"Soldiers of the 101st Airborne Division left Fort Campbell, Kentucky, for Poland.",
			[]base{{"Fort Campbell", "US", 36.65, -87.46667}}},
		{"Brigades rotated through Fort Riley and Fort Polk before the deployment.",
			[]base{{"Fort Riley", "US", 39.1, -96.81667}, {"Fort Polk", "US", 31.04167, -93.19417}}},
		{"The brigade trained at Fort Johnson, Louisiana, in 2024.",
			[]base{{"Fort Johnson", "US", 31.04167, -93.19417}}},
		{"Troops from Fort Cavazos and Fort Liberty joined the exercise.",
			[]base{{"Fort Cavazos", "US", 31.13489, -97.77561}, {"Fort Liberty", "US", 35.139, -79.00603}}},
		{"A C-17 from Ramstein Air Base in Germany carried the supplies.",
			[]base{{"Ramstein Air Base", "DE", 49.43683, 7.60033}}},
		{"F-16s from Spangdahlem Air Base and tankers from Incirlik Air Base flew the mission.",
			[]base{{"Spangdahlem Air Base", "DE", 49.97583, 6.69722}, {"Incirlik Air Base", "TR", 37.00194, 35.42583}}},
		{"Gunners fired at the Grafenwoehr Training Area while others trained at the Joint Multinational Readiness Center in Hohenfels, Germany.",
			[]base{{"Grafenwoehr Training Area", "DE", 49.71728, 11.90645}, {"Joint Multinational Readiness Center", "DE", 49.23333, 11.81667}}},
		{"Sailors at Camp Lemonnier, Djibouti, supported the evacuation.",
			[]base{{"Camp Lemonnier", "DJ", 11.54361, 43.14861}}},
		{"Destroyers based at Naval Station Rota in Spain escorted the convoy; two others called at Souda Bay.",
			[]base{{"Naval Station Rota", "ES", 36.62076, -6.33156}, {"Souda Bay", "GR", 35.49625, 24.14764}}},
		{"Patriot batteries at Camp Arifjan and Camp Buehring were alerted as jets took off from Ali Al Salem Air Base in Kuwait.",
			[]base{{"Camp Arifjan", "KW", 28.87806, 48.15778}, {"Camp Buehring", "KW", 29.69778, 47.42639}, {"Ali Al Salem Air Base", "KW", 29.34667, 47.52056}}},
		{"Aircraft at Prince Sultan Air Base, Saudi Arabia, and Muwaffaq Salti Air Base, Jordan, were dispersed.",
			[]base{{"Prince Sultan Air Base", "SA", 24.05528, 47.56361}, {"Muwaffaq Salti Air Base", "JO", 31.82583, 36.78194}}},
		{"U.S. Forces Korea moved its headquarters to Camp Humphreys, while fighters at Osan Air Base stood by.",
			[]base{{"Camp Humphreys", "KR", 36.96667, 127.03333}, {"Osan Air Base", "KR", 37.09056, 127.02972}}},
		{"Airlifters from Yokota Air Base and bombers at Andersen Air Force Base on Guam took part.",
			[]base{{"Yokota Air Base", "JP", 35.74861, 139.34861}, {"Andersen Air Force Base", "GU", 13.58111, 144.92444}}},
		{"The Fifth Fleet at Naval Support Activity Bahrain and the bombers on Diego Garcia were ready.",
			[]base{{"Naval Support Activity Bahrain", "BH", 26.20972, 50.60972}, {"Diego Garcia", "IO", -7.31333, 72.41111}}},
		{"Fifteen detainees remain at Guantanamo Bay, Cuba.",
			[]base{{"Guantanamo Bay", "CU", 19.9, -75.15}}},
		{"KFOR troops at Camp Bondsteel, Kosovo, drilled while Army vehicles were stored at Powidz, Poland.",
			[]base{{"Camp Bondsteel", "XK", 42.36567, 21.24833}, {"Powidz", "PL", 52.38139, 17.85111}}},
		{"Reservists trained at Fort McCoy, Wisconsin, and Marines at Camp Pendleton, California, before signal soldiers from Fort Gordon, Georgia, joined them.",
			[]base{{"Fort McCoy", "US", 44.00972, -90.68333}, {"Camp Pendleton", "US", 33.33333, -117.41667}, {"Fort Gordon", "US", 33.41333, -82.13528}}},
		{"The unit, then at Fort Eisenhower, flew from Pope Army Airfield and Joint Base McGuire-Dix-Lakehurst.",
			[]base{{"Fort Eisenhower", "US", 33.41333, -82.13528}, {"Pope Army Airfield", "US", 35.17083, -79.01444}, {"Joint Base McGuire-Dix-Lakehurst", "US", 40.01917, -74.52278}}},
		{"Evacuees crowded Hamid Karzai International Airport in Kabul; P-8s flew from Naval Air Station Sigonella in Sicily.",
			[]base{{"Hamid Karzai International Airport", "AF", 34.56583, 69.21306}, {"Naval Air Station Sigonella", "IT", 37.40167, 14.92222}}},
		{"Danab commandos trained at Baledogle Airfield in Somalia while Marines advised Iraqi troops at Al Taqaddum Air Base.",
			[]base{{"Baledogle Airfield", "SO", 2.67222, 44.78472}, {"Al Taqaddum Air Base", "IQ", 33.33944, 43.59000}}},
		{"Marines moved to Camp Blaz on Guam, F-22s deployed to Al Dhafra Air Base in the UAE, and staff met at Joint Base Pearl Harbor-Hickam in Hawaii.",
			[]base{{"Camp Blaz", "GU", 13.56972, 144.84083}, {"Al Dhafra Air Base", "AE", 24.24028, 54.54944}, {"Joint Base Pearl Harbor-Hickam", "US", 21.31861, -157.92250}}},
	}
	m := testMatcher(t)
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		for _, b := range c.bases {
			var found *Mention
			for i := range got {
				if got[i].Text == b.text {
					found = &got[i]
					break
				}
			}
			if found == nil {
				var s []string
				for _, g := range got {
					s = append(s, g.Text+" → "+g.Place.Name)
				}
				t.Errorf("%q: no mention %q (got %q)", c.text, b.text, s)
				continue
			}
			p := found.Place
			if d := haversine(p.Lat, p.Lon, b.lat, b.lon); p.Country != b.country || d > 5 {
				t.Errorf("%q: %q → %s (%s, %.5f, %.5f), %.1f km from the cited point; want %s within 5 km",
					c.text, b.text, p.Name, p.Country, p.Lat, p.Lon, d, b.country)
			}
		}
	}
}

// Press spellings of Yemeni governorates and Somali, Syrian towns, Somalia's federal member
// states and features of naval and eastern-flank briefings resolve through the curated list;
// a second-level region placed at its seat yields to the seat ("Saada" beside "Saada
// governorate" is the city).
func TestCuratedPressSpellings(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"Strikes hit the Saada governorate; the Houthis still hold Saada.",
			[]want{{"Saada governorate", "YE", "region1", 71333}, {"Saada", "YE", "city", 71334}}},
		{"Houthi units moved from Hajjah and Taiz governorates into Shabwa, Mahra and Hadramout.",
			[]want{{"Hajjah", "YE", "region1", 6201195}, {"Taiz", "YE", "region1", 70222}, {"Shabwa", "YE", "region1", 70935},
				{"Mahra", "YE", "region1", 78985}, {"Hadramout", "YE", "region1", 75411}}},
		{"A strike near Bardheere in the Gedo region followed raids on Harardhere and Bulo Burte, while Puntland and Jubaland forces held Galmudug's border.",
			[]want{{"Bardheere", "SO", "city", 65170}, {"Gedo region", "SO", "region1", 58802}, {"Harardhere", "SO", "city", 50064}, {"Bulo Burte", "SO", "city", 63689},
				{"Puntland", "SO", "feature", -138}, {"Jubaland", "SO", "feature", -139}, {"Galmudug", "SO", "feature", -140}}},
		{"Raiders crossed from Jindires toward Shaddadi and Tal Tamr in Syria.",
			[]want{{"Jindires", "SY", "city", 169190}, {"Shaddadi", "SY", "city", 172837}, {"Tal Tamr", "SY", "city", 163434}, {"Syria", "SY", "country", 0}}},
		{"The coast guard blocked a resupply run to Second Thomas Shoal as Marines left Camp Lejeune and NATO drilled in the Suwałki Gap.",
			[]want{{"Second Thomas Shoal", "", "feature", -143}, {"Camp Lejeune", "US", "feature", -144}, {"Suwałki Gap", "", "feature", -145}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}

// A country's name used as a given name after a rank stays the country elsewhere in the
// text; an Arabic article before a hyphen is no place, even in a name-dense line; a
// Philippine ship's name is no place, and a ship's name gives no vote.
func TestGivenNamesArticlesAndShips(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Sgt. Jordan Williams was wounded near the border with Jordan."}, nil),
		[]want{{"Jordan", "JO", "country", 0}})
	check(t, m.Resolve([]string{"Al-Shabaab attacked forces in Jubaland, Galmudug, Hirshabelle and South West State."}, nil),
		[]want{{"Jubaland", "SO", "feature", -139}, {"Galmudug", "SO", "feature", -140}, {"Hirshabelle", "SO", "feature", -141},
			{"South West State", "SO", "feature", -142}})
	check(t, m.Resolve([]string{"Marines aboard the BRP Sierra Madre hold Second Thomas Shoal."}, nil),
		[]want{{"Second Thomas Shoal", "", "feature", -143}})
	if shown, hidden := m.ResolveWithHidden([]string{"The destroyer USS Mason shot down two drones."}, nil); len(shown)+len(hidden) != 0 {
		t.Errorf("USS Mason: got %d shown and %d hidden mentions, want none", len(shown), len(hidden))
	}
}

// Inside an organisation's, a code name's or a post's name, an adjective ("Littoral",
// "Federal"), generic words naming only regions ("South West") and a name after
// "Operation", "Fort" or "Camp" give no hidden vote.
func TestNoHiddenVotes(t *testing.T) {
	m := testMatcher(t)
	for _, text := range []string{
		"The Littoral Combat Ship program and the Federal Government budget were discussed.",
		"The South West Command met.",
		"Troops from Camp Dodge and Fort Wingate joined Operation Atlanta.",
	} {
		if shown, hidden := m.ResolveWithHidden([]string{text}, nil); len(shown)+len(hidden) != 0 {
			t.Errorf("%q: got %d shown and %d hidden mentions (%+v), want none", text, len(shown), len(hidden), hidden)
		}
	}
}

func TestHiddenNameNeedsOwnName(t *testing.T) {
	m := testMatcher(t)
	tests := []struct {
		name, text string
		want       string // the hidden place, "" for none
	}{
		{"a lesser place's other name", "Kenyan troops pursued fighters into the Boni Forest near Somalia.", ""},
		{"a place's own name", "Staff of the Texas Department of Transportation met.", "Texas"},
	}
	for _, tc := range tests {
		_, hidden := m.ResolveWithHidden([]string{tc.text}, nil)
		var got string
		if len(hidden) > 0 {
			got = hidden[0].Place.Name
		}
		if len(hidden) > 1 || got != tc.want {
			t.Errorf("%s: hidden = %+v, want %q", tc.name, hidden, tc.want)
		}
	}
}

// AppendResolve appends what Resolve returns (a later mention of a place shares the first
// one's place, within the document appended) and leaves what dst held as it was.
func TestAppendResolve(t *testing.T) {
	m := testMatcher(t)
	docs := [][]string{
		{"Coalition strikes near Raqqa and Tabqa.", "More strikes near Raqqa and Mosul."},
		{"Nothing here."},
		{"Forces in Mosul and Baghdad.", "Mosul again, then Tabqa."},
	}
	var all []Mention
	for i, d := range docs {
		before := slices.Clone(all)
		all = m.AppendResolve(all, d, []string{"IQ", "SY"})
		want := m.Resolve(d, []string{"IQ", "SY"})
		if got := all[len(before):]; len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Errorf("document %d: appended %+v, Resolve %+v", i, got, want)
		}
		if len(before) > 0 && !reflect.DeepEqual(all[:len(before)], before) {
			t.Errorf("document %d changed the mentions before it", i)
		}
	}
	if len(all) < 7 {
		t.Errorf("only %d mentions", len(all))
	}
}

// resolveCase is a text resolved with context countries and the mentions it must give.
type resolveCase struct {
	text      string
	countries []string
	wants     []want
}

// checkCases resolves each case's text as one segment and checks its mentions.
func checkCases(t *testing.T, m *Matcher, cases []resolveCase) {
	t.Helper()
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, c.countries), c.wants)
	}
}
