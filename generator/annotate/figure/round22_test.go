package figure

import "testing"

// Reviews of Africa Command's exercises and of the Middle East in 2023–2025.
func TestRound22AfricaMideast(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		// the end of a range of days written with an en dash is a date
		{"The exercise ran June 5–16 and drew 1,500 troops.", []want{{"1,500 troops", "1500 count:troop", Count}}},
		{"It was held Feb. 12 – 23 in Djibouti.", nil},
		// a year before a plural of strikes, raids, airdrops or exercises dates them
		{"The 2024 strikes hit 60 targets after the 2025 airdrops.", []want{{"60 targets", "60 count:target", Count}}},
		// negative: a count of strikes
		{"The 24 strikes hit 60 targets.", []want{{"24 strikes", "24 count:strike", Count}, {"60 targets", "60 count:target", Count}}},
		// billions and trillions of a currency; a vague amount keeps its rate
		{"The war has cost billions of dollars.", []want{{"billions of dollars", "about 3000000000 USD", Money}}},
		{"It cost trillions of dollars.", []want{{"trillions of dollars", "about 3000000000000 USD", Money}}},
		{"Revenue worth hundreds of millions of dollars a year flowed.", []want{{"hundreds of millions of dollars a year", "about 300000000 USD/year", Money}}},
		{"They pumped thousands of gallons a day.", []want{{"thousands of gallons a day", "about 3000 gal/day", Volume}}},
		// currencies of the Middle East and Africa
		{"They paid 2 million Moroccan dirhams and 500,000 Ghanaian cedis.", []want{
			{"2 million Moroccan dirhams", "2000000 MAD", Money}, {"500,000 Ghanaian cedis", "500000 GHS", Money}}},
		{"It cost 300,000 Ethiopian birr, 800,000 Tunisian dinars and 500 million Saudi riyals.", []want{
			{"300,000 Ethiopian birr", "300000 ETB", Money}, {"800,000 Tunisian dinars", "800000 TND", Money},
			{"500 million Saudi riyals", "500000000 SAR", Money}}},
		{"The pier cost 40,000 Djiboutian francs and 3 million meticais.", []want{
			{"40,000 Djiboutian francs", "40000 DJF", Money}, {"3 million meticais", "3000000 MZN", Money}}},
		// "million pounds" restating a mass is a weight
		{"They delivered 8,800 metric tons (19.4 million pounds) of aid.", []want{
			{"8,800 metric tons", "8800 t", Mass}, {"19.4 million pounds", "19400000 lb", Mass}}},
		{"They shipped 2,000 tons, or about 4 million pounds, of food.", []want{
			{"2,000 tons", "2000 ton", Mass}, {"about 4 million pounds", "about 4000000 lb", Mass}}},
		// negative: sterling
		{"Britain pledged 20 million pounds.", []want{{"20 million pounds", "20000000 GBP", Money}}},
		// a breakdown after a comma counts the same things
		{"Strikes hit seven facilities, three in Iraq and four in Syria.", []want{
			{"seven facilities", "7 count:facility", Count}, {"three", "3 count:facility", Count}, {"four", "4 count:facility", Count}}},
		{"Four Army vessels ran aground, two near Ashdod.", []want{
			{"Four Army vessels", "4 count:Army vessel", Count}, {"two", "2 count:Army vessel", Count}}},
		// negative: a share is no count
		{"Of the 300 wounded, nearly half were soldiers.", []want{{"300 wounded", "300 count:wounded", Count}, {"nearly half", "nearly 0.5 number", Number}}},
		// a verb in -s before a qualified sum begins a clause
		{"Each battery has 48 interceptors and costs about $1 billion.", []want{
			{"48 interceptors", "48 count:interceptor", Count}, {"about $1 billion", "about 1000000000 USD", Money}}},
	} {
		checkFind(t, c.in, c.want)
	}
	fs := Find("They delivered 8,800 metric tons (19.4 million pounds) of aid.")
	if len(fs) != 2 || fs[1].Check == nil || !fs[1].Check.OK {
		t.Errorf("got %+v, want the restatement checked and found right", fs)
	}
}

// Reviews of Afghanistan in 2015–2021 and of NATO's eastern flank.
func TestRound22AfghanistanEasternFlank(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		// an exercise's name and two-digit year opening a sentence
		{"Flintlock 24 ended in Mauritania.", nil},
		{"Aurora 23 drew 26,000 troops.", []want{{"26,000 troops", "26000 count:troop", Count}}},
		// negatives: a qualifier's or a function word's number
		{"About 24 arrived on Monday.", []want{{"About 24", "about 24 number", Number}}},
		{"Another 25 returned.", []want{{"25", "25 number", Number}}},
		// the currencies of Romania, Bulgaria, Hungary and Czechia, by name and by code
		{"Romania spent 5 billion lei and RON 2 billion.", []want{{"5 billion lei", "5000000000 RON", Money}, {"RON 2 billion", "2000000000 RON", Money}}},
		{"Bulgaria pledged 1.2 billion leva and BGN 1 billion.", []want{{"1.2 billion leva", "1200000000 BGN", Money}, {"BGN 1 billion", "1000000000 BGN", Money}}},
		{"Hungary spent 300 billion forints; Czechia paid 50 billion koruna.", []want{{"300 billion forints", "300000000000 HUF", Money}, {"50 billion koruna", "50000000000 CZK", Money}}},
		// "one" and a past tense that is a noun too, before an object or a particle
		{"Insurgents fired six rockets; one hit an empty hangar.", []want{{"six rockets", "6 count:rocket", Count}}},
		{"One shot down the other. One set fire to a tent.", nil},
		// negative: the noun
		{"They scored one hit.", []want{{"one hit", "1 count:hit", Count}}},
		// the end of a change from a count counts the same things
		{"The Army will reduce its forces from 13,000 troops to 8,600 by July.", []want{{"13,000 troops", "13000 count:troop", Count}, {"8,600", "8600 count:troop", Count}}},
		// "-strong" counts personnel whatever follows
		{"The 40,000-strong NATO Response Force and a 300-strong Romanian battalion.", []want{
			{"40,000-strong", "40000 count:personnel", Count}, {"300-strong", "300 count:personnel", Count}}},
		{"The brigade, 4,000-strong, arrived.", []want{{"4,000-strong", "4000 count:personnel", Count}}},
		// a service's member, capitalised, joined by a hyphen
		{"They sent a 4,000-Soldier brigade and a 500-Marine contingent.", []want{
			{"4,000-Soldier", "4000 count:Soldier", Count}, {"500-Marine", "500 count:Marine", Count}}},
		// negative: another capitalised word
		{"A 3-D model.", nil},
		// an abbreviation among nations' adjectives
		{"About 6,500 Finnish, U.S. and British troops took part.", []want{{"About 6,500 Finnish, U.S. and British troops", "about 6500 count:Finnish, U.S. and British troop", Count}}},
		// "-plus" and "or more" ending a clause
		{"The ANDSF numbered 300,000-plus.", []want{{"300,000-plus", "more-than 300000 number", Number}}},
		{"It numbered 300,000 or more.", []want{{"300,000 or more", "at-least 300000 number", Number}}},
		// a verb after a capitalised plural of people ends the noun
		{"Its 550 Soldiers include advisers from Fort Drum.", []want{{"550 Soldiers", "550 count:Soldier", Count}}},
		{"About 4,000 Guardsmen staff bases.", []want{{"About 4,000 Guardsmen", "about 4000 count:Guardsman", Count}}},
		// vehicles of Poland and France by their names' plurals, and models with a variant's letters
		{"Poland bought 12 Rosomaks, 24 Krabs and 18 Caesars.", []want{
			{"12 Rosomaks", "12 count:Rosomak", Count}, {"24 Krabs", "24 count:Krab", Count}, {"18 Caesars", "18 count:Caesar", Count}}},
		{"Hungary bought 44 Leopard 2A7HU tanks and 20 M1A1FEP tanks.", []want{
			{"44 Leopard 2A7HU tanks", "44 count:Leopard 2A7HU tank", Count}, {"20 M1A1FEP tanks", "20 count:M1A1FEP tank", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
	// a range restated as a range is checked end by end
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"The range is 150 to 200 kilometers (93 to 124 miles).", true},
		{"The range is 150 to 200 kilometers (60 to 80 miles).", false},
		{"It is 80 to 90 meters (260 to 300 feet) deep.", true},
		// a measure joined to "-long" before its restatement
		{"The 25-mile-long (40-kilometer) Gaza Strip.", true},
		{"A 1,800-foot-long (549-meter) causeway.", true},
	} {
		fs := Find(c.in)
		if len(fs) != 2 || fs[1].Check == nil || fs[1].Check.OK != c.ok {
			t.Errorf("Find(%q) = %+v, want the range restatement checked, ok %v", c.in, fs, c.ok)
		}
	}
}

// A review of U.S. forces in Korea and Japan.
func TestRound22KoreaJapan(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		// "over" a duration after a restatement's close is the time taken
		{"Japan will spend 43 trillion yen (about $315 billion) over five years.", []want{
			{"43 trillion yen", "43000000000000 JPY", Money}, {"about $315 billion", "about 315000000000 USD", Money}, {"five years", "5 year", Duration}}},
		{"It will pay 2.11 trillion yen, or about $14 billion, over five years.", []want{
			{"2.11 trillion yen", "2110000000000 JPY", Money}, {"about $14 billion", "about 14000000000 USD", Money}, {"five years", "5 year", Duration}}},
		// negative: a verb of lasting
		{"The war lasted over five years.", []want{{"over five years", "over 5 year", Duration}}},
		// a participle after a capitalised plural of people
		{"About 2,100 Airmen generating F-16s flew.", []want{{"About 2,100 Airmen", "about 2100 count:Airman", Count}}},
		{"500 Marines operating HIMARS launchers.", []want{{"500 Marines", "500 count:Marine", Count}}},
		// another force's people after "and"
		{"About 5,000 U.S. Marines and Japan Ground Self-Defense Force troops trained.", []want{
			{"About 5,000 U.S. Marines and Japan Ground Self-Defense Force troops", "about 5000 count:U.S. Marine and Japan Ground Self-Defense Force troop", Count}}},
		{"27 Marines and Japanese soldiers.", []want{{"27 Marines and Japanese soldiers", "27 count:Marine and Japanese soldier", Count}}},
		// negative: a clause
		{"12 soldiers and Ukraine received aid.", []want{{"12 soldiers", "12 count:soldier", Count}}},
		// a shape
		{"They flew in a figure-eight pattern; two figure-eight patterns.", []want{{"two figure-eight patterns", "2 count:figure-eight pattern", Count}}},
		// an infinitive after a verb of intending
		{"The Air Force plans to station 36 F-35s at Misawa.", []want{{"36 F-35s", "36 count:F-35", Count}}},
		// negative: a preposition's object
		{"Moving from phase 3 to phase 5.", nil},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A review of Inherent Resolve's strike releases.
func TestRound22InherentResolve(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		// a new clause's subject after "and" is no second counted noun
		{"Coalition aircraft conducted 12 strikes and partner forces cleared 40 villages.", []want{
			{"12 strikes", "12 count:strike", Count}, {"40 villages", "40 count:village", Count}}},
		// negative: a participle before a preposition
		{"More than 300 drones and missiles launched at Israel were intercepted.", []want{
			{"More than 300 drones and missiles", "more-than 300 count:drone and missile", Count}}},
		// a breakdown in parentheses
		{"The coalition conducted 1,234 strikes (821 in Iraq and 413 in Syria).", []want{
			{"1,234 strikes", "1234 count:strike", Count}, {"821", "821 count:strike", Count}, {"413", "413 count:strike", Count}}},
		// a name in lower case and its acronym in parentheses before the noun
		{"Strikes destroyed 3 ISIS improvised explosive device (IED) factories and four command and control (C2) nodes.", []want{
			{"3 ISIS improvised explosive device (IED) factories", "3 count:IED factory", Count},
			{"four command and control (C2) nodes", "4 count:C2 node", Count}}},
		// negative: no name before the parentheses
		{"It sent 20 soldiers to the African Union (AU) mission.", []want{{"20 soldiers", "20 count:soldier", Count}}},
		// plurals without an s
		{"The force included about 22,000 Kurdish peshmerga and 600 Turkmen.", []want{
			{"about 22,000 Kurdish peshmerga", "about 22000 count:Kurdish peshmerga", Count}, {"600 Turkmen", "600 count:Turkmen", Count}}},
		// years before plurals of strikes and levels
		{"The 2016 and 2017 strikes destroyed the bridges; strikes fell below 2017 levels.", nil},
		// an acronym's plural after "and"
		{"They removed more than 2,300 mines and IEDs.", []want{{"more than 2,300 mines and IEDs", "more-than 2300 count:mine and IED", Count}}},
		// a time of day before a time zone
		{"Strikes destroyed 6 vehicles; 1400 hours local.", []want{{"6 vehicles", "6 count:vehicle", Count}}},
		// negative: hours of work
		{"It took 1200 hours of work.", []want{{"1200 hours", "1200 hour", Duration}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A review of counterterrorism in Somalia and Yemen.
func TestRound22SomaliaYemen(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		// a count after a date and "and" is no second day
		{"The command struck on June 30 and 12 militants died.", []want{{"12 militants", "12 count:militant", Count}}},
		// negative: two days
		{"Talks were held on Aug. 12 and 13.", nil},
		// "a further", "another" after "and"; a comparison
		{"ATMIS withdrew 2,000 troops by June 30, 2023, and a further 3,000 by the end of that year.", []want{
			{"2,000 troops", "2000 count:troop", Count}, {"3,000", "3000 count:troop", Count}}},
		{"AFRICOM conducted 63 airstrikes in Somalia, up from 47 in 2018.", []want{
			{"63 airstrikes", "63 count:airstrike", Count}, {"47", "47 count:airstrike", Count}}},
		{"Roughly 450 U.S. service members remain, down from about 700.", []want{
			{"Roughly 450 U.S. service members", "roughly 450 count:U.S. service member", Count}, {"about 700", "about 700 count:U.S. service member", Count}}},
		// a verb in -s after "and" begins a clause
		{"It has 7,000 fighters and raises as much as $100 million a year.", []want{
			{"7,000 fighters", "7000 count:fighter", Count}, {"as much as $100 million a year", "up-to 100000000 USD/year", Money}}},
		{"It has 7,000 fighters and operates checkpoints.", []want{{"7,000 fighters", "7000 count:fighter", Count}}},
		// a plural modifier before a plural that is its own singular, or after "one"
		{"Roughly 50 special operations personnel advised.", []want{{"Roughly 50 special operations personnel", "roughly 50 count:special operations personnel", Count}}},
		{"Forces destroyed one weapons cache.", []want{{"one weapons cache", "1 count:weapons cache", Count}}},
		// a year after "in late"
		{"A drought that began in late 2020 displaced more than 1.4 million Somalis.", []want{
			{"more than 1.4 million Somalis", "more-than 1400000 count:Somali", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A review of the Pentagon's contract announcements.
func TestRound22Contracts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		// a list of fiscal years
		{"Fiscal 2021, 2022 and 2023 aircraft procurement (Navy) funds in the amount of $45,000,000 will be obligated.", []want{
			{"$45,000,000", "45000000 USD", Money}}},
		// negative: a count
		{"They bought 2021, 2022 and 2023 rifles.", []want{{"2023 rifles", "2023 count:rifle", Count}}},
		// a maximum value and a minimum guarantee
		{"The contract has a maximum value of $9,999,999 and a minimum guarantee of $2,500.", []want{
			{"maximum value of $9,999,999", "at-most 9999999 USD", Money}, {"minimum guarantee of $2,500", "at-least 2500 USD", Money}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// Reviews of security assistance to Ukraine and of the Guard at home.
func TestRound22UkraineAidGuard(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		// calibres listed before a munition
		{"It includes 155mm and 105mm artillery rounds and 60mm, 81mm and 120mm mortar rounds.", nil},
		// negative: lengths
		{"The road is 105 mm and 30 mm wide.", []want{{"105 mm", "105 mm", Length}, {"30 mm", "30 mm", Length}}},
		// acronyms keep their capitals
		{"It includes 580 Phoenix Ghost UAS and 12 counter-UAS systems.", []want{
			{"580 Phoenix Ghost UAS", "580 count:Phoenix Ghost UAS", Count}, {"12 counter-UAS systems", "12 count:counter-UAS system", Count}}},
		// a change from a rate
		{"Production rose from 14,000 rounds a month to 60,000.", []want{
			{"14,000 rounds a month", "14000 count:round/month", Count}, {"60,000", "60000 count:round/month", Count}}},
		// "and another" before any verb
		{"It sent 2,000 troops and another 3,000 began training.", []want{
			{"2,000 troops", "2000 count:troop", Count}, {"3,000", "3000 count:troop", Count}}},
		// "-plus" after a sum
		{"It pledged $1 billion-plus in new aid.", []want{{"$1 billion-plus", "more-than 1000000000 USD", Money}}},
		// a tranche's number
		{"Tranche 3 of the package includes 12 howitzers.", []want{{"12 howitzers", "12 count:howitzer", Count}}},
		// two casualties of one count
		{"Russia suffered more than 600,000 killed or wounded.", []want{
			{"more than 600,000 killed or wounded", "more-than 600000 count:killed or wounded", Count}}},
		// a past tense after people; states' people; a breakdown after "including"
		{"Some 4,000 Guardsmen supported Customs and Border Protection.", []want{{"Some 4,000 Guardsmen", "some 4000 count:Guardsman", Count}}},
		{"More than 3.4 million Puerto Ricans lost power; 20,000 Texans fled.", []want{
			{"More than 3.4 million Puerto Ricans", "more-than 3400000 count:Puerto Rican", Count}, {"20,000 Texans", "20000 count:Texan", Count}}},
		{"7,800 Guard members were on duty, including 1,200 from Georgia.", []want{
			{"7,800 Guard members", "7800 count:Guard member", Count}, {"1,200", "1200 count:Guard member", Count}}},
		// a service's number
		{"Residents should call 911 or dial 211.", nil},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A review of the 7th Fleet's deployments and port visits.
func TestRound22SeventhFleet(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		// a qualifier after "a crew of", "a contingent of"
		{"Chicago's crew of roughly 140 will conduct maintenance; a contingent of about 200 arrived.", []want{
			{"roughly 140", "roughly 140 count:crew member", Count}, {"about 200", "about 200 count:personnel", Count}}},
		// the time taken after "took part"
		{"700 Thai sailors took part over 10 days.", []want{{"700 Thai sailors", "700 count:Thai sailor", Count}, {"10 days", "10 day", Duration}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A review of missile defence tests and Space Force operations.
func TestRound22MissileDefense(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The 2022 tests were terminated; the 2021 and 2022 launches followed.", nil},
		{"It flies at Mach 5-plus, Mach 5 or more.", []want{{"Mach 5-plus", "more-than 5 Mach", Speed}, {"Mach 5 or more", "at-least 5 Mach", Speed}}},
		{"It flies at greater than five times the speed of sound.", []want{{"greater than five times the speed of sound", "more-than 5 Mach", Speed}}},
		// negative: a factor
		{"It is three times larger.", []want{{"three times", "3 times", Other}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A review of Pentagon briefing transcripts: spoken estimates and ranges, numbered points,
// qualifiers before "a", and restatements in the same unit or in words.
func TestRound22Transcripts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		// "A or B" and "A, B" estimates are ranges
		{"It took nine or 10 provincial capitals.", []want{{"nine or 10 provincial capitals", "9-10 count:provincial capital", Count}}},
		{"The boy was 12, 13 years old.", []want{{"12, 13 years old", "12-13 year", Duration}}},
		// spoken thousands shared by both ends
		{"There's also 15 to 30,000 civilians killed.", []want{{"15 to 30,000 civilians", "15000-30000 count:civilian", Count}}},
		{"It holds between 10 and 15,000 troops.", []want{{"between 10 and 15,000 troops", "10000-15000 count:troop", Count}}},
		// numbered points
		{"One, the package is ready. Two, it will ship this week. Three, the Ukrainians will train.", nil},
		// a qualifier before "a" and an adjective
		{"It went on over roughly a four-hour period.", []want{{"roughly a four-hour", "roughly 4 hour", Duration}}},
		{"It was more than a fourfold increase.", []want{{"more than a fourfold", "more-than 4 fold", Other}}},
		{"I think it's about 9 or 10 of the 34.", []want{{"about 9 or 10", "about 9-10 number", Number}, {"34", "34 number", Number}}},
		// negatives: a list of sizes; an ordinary comma; a range as written; "over a" is when
		{"It took 20 or 60 days.", []want{{"20 or 60 days", "20,60 day", Duration}}},
		{"Two, three people were hurt.", []want{{"Two, three people", "2-3 count:person", Count}}},
		{"Crowds of 2 to 40,000 people gathered.", []want{{"2 to 40,000 people", "2-40000 count:person", Count}}},
		{"It went on over a four-hour period.", []want{{"four-hour", "4 hour", Duration}}},
	} {
		checkFind(t, c.in, c.want)
	}
	// another guess in the same unit is no restatement; spelled-out years are exact
	for _, in := range []string{"It could take 10 days, or 20 days.", "The drawdown will take 30 days, or 60 days at most."} {
		for _, f := range Find(in) {
			if f.Check != nil {
				t.Errorf("%q: %q checked as a restatement", in, f.Text)
			}
		}
	}
	for in, ok := range map[string]bool{
		"It took a year (18 months).":                       false,
		"It took a year and a half (two and a half years).": false,
		"It took 18 months, or two years.":                  false,
		"It took a year (12 months).":                       true,
		"It took two and a half years (30 months).":         true,
		"It lay 1,000 yards (about half a mile) away.":      true,
	} {
		f := Find(in)
		if len(f) != 2 || f[1].Check == nil || f[1].Check.OK != ok {
			t.Errorf("%q: want a check OK=%v, got %+v", in, ok, f)
		}
	}
}

// A review of budget rollouts and testimony: changes with -ing verbs, levels and starts of
// changes, comparisons after a count, parts before a time, "fewer" before a noun, rates before
// a dated preposition, and sections and fiscal-year spans that are no figures.
func TestRound22Budget(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The Navy is shrinking the battle force from 296 to 287 ships.", []want{
			{"296", "296 count:ship", Count}, {"287 ships", "287 count:ship", Count}}},
		{"The Navy would buy ships, raising the battle force from 296 to 310 ships.", []want{
			{"296", "296 count:ship", Count}, {"310 ships", "310 count:ship", Count}}},
		{"The buy rises to 230 missiles from 110.", []want{
			{"230 missiles", "230 count:missile", Count}, {"110", "110 count:missile", Count}}},
		{"The Marine Corps would shrink by 2,000 Marines to 172,300.", []want{
			{"2,000 Marines", "2000 count:Marine", Count}, {"172,300", "172300 count:Marine", Count}}},
		{"It funds 442,300 soldiers in fiscal 2025, down 2,700 from the previous year.", []want{
			{"442,300 soldiers", "442300 count:soldier", Count}, {"2,700", "2700 count:soldier", Count}}},
		{"It buys six ships, two fewer than last year.", []want{
			{"six ships", "6 count:ship", Count}, {"two", "2 count:ship", Count}}},
		{"It retires 19 ships in fiscal 2025, including 10 before the end of their lives.", []want{
			{"19 ships", "19 count:ship", Count}, {"10", "10 count:ship", Count}}},
		{"It has 24,000 fewer spaces.", []want{{"24,000 fewer spaces", "24000 count:space", Count}}},
		{"It fired 14,400 rounds a month before the war.", []want{{"14,400 rounds a month", "14400 count:round/month", Count}}},
		{"Under Section 2306d, Section 2366h and 10 U.S.C. 2306b, and 10 U.S.C. § 2304, it applies.", nil},
		{"The FY24–28 plan assumes growth.", nil},
		{"Roughly one in five dollars of the budget goes to ships.", []want{{"Roughly one in five", "roughly 0.2 number", Number}}},
		// negatives: a time after a rate's unit; a change by a count to a level no larger
		{"They fired 200 rounds a month before. It ran 40 miles an hour before", []want{
			{"200 rounds", "200 count:round", Count}, {"40 miles", "40 mi", Length}}},
		{"Strikes rose by 20 strikes to 30.", []want{{"20 strikes", "20 count:strike", Count}, {"30", "30 number", Number}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// Spoken calibres, prices each, points before a percent, and times without a preposition
// after an elided noun.
func TestRound22SpokenForms(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"They produce about 40,000 155 rounds a month.", []want{{"about 40,000 155 rounds a month", "about 40000 count:round/month", Count}}},
		{"They sent 2 million 155 rounds and 500,000 105 rounds.", []want{
			{"2 million 155 rounds", "2000000 count:round", Count}, {"500,000 105 rounds", "500000 count:round", Count}}},
		{"Stocks of 155 ammunition are low.", nil},
		{"It buys 230 missiles, at a cost of roughly $3.6 million each.", []want{
			{"230 missiles", "230 count:missile", Count}, {"roughly $3.6 million each", "roughly 3600000 USD/missile", Money}}},
		{"The kits cost $4,000 apiece.", []want{{"$4,000 apiece", "4000 USD/item", Money}}},
		{"The rate rose 5 points to 71 percent.", []want{{"5 points", "5 percentage-point", Percent}, {"71 percent", "71 percent", Percent}}},
		{"There were 60 attacks last week and 12 this week.", []want{
			{"60 attacks", "60 count:attack", Count}, {"12", "12 count:attack", Count}}},
		// a breakdown after a clause with an initialism
		{"There were more than 150 attacks on U.S. forces in Iraq and Syria, roughly 60 in Iraq.", []want{
			{"more than 150 attacks", "more-than 150 count:attack", Count}, {"roughly 60", "roughly 60 count:attack", Count}}},
		{"They killed 12 fighters. 3 were wounded.", []want{{"12 fighters", "12 count:fighter", Count}, {"3", "3 number", Number}}},
		// negatives: a count of 155 rounds; points with no change
		{"They fired 155 rounds.", []want{{"155 rounds", "155 count:round", Count}}},
		{"The team scored 5 points to 71 percent of the vote.", []want{{"5 points", "5 count:point", Count}, {"71 percent", "71 percent", Percent}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A review of releases on Israel, Gaza and Syria: pounds of aid delivered are a weight, also
// before a restatement after "of aid"; names with an apostrophe inside; "plus another";
// "including" right after the count; Gazans and Cypriots; NIS.
func TestRound22Gaza(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The pier delivered 19.4 million pounds of humanitarian aid.", []want{{"19.4 million pounds", "19400000 lb", Mass}}},
		{"It moved 1,000 metric tons of aid (about 2.2 million pounds).", []want{
			{"1,000 metric tons", "1000 t", Mass}, {"about 2.2 million pounds", "about 2200000 lb", Mass}}},
		{"They killed three Da'esh fighters and hit two Ma'an depots and three Kata'ib Hezbollah facilities.", []want{
			{"three Da'esh fighters", "3 count:Da'esh fighter", Count}, {"two Ma'an depots", "2 count:Ma'an depot", Count},
			{"three Kata'ib Hezbollah facilities", "3 count:Kata'ib Hezbollah facility", Count}}},
		{"About 900 U.S. troops are in Syria, plus another 2,500 in Iraq.", []want{
			{"About 900 U.S. troops", "about 900 count:U.S. troop", Count}, {"2,500", "2500 count:U.S. troop", Count}}},
		{"Hamas fired 8,000 rockets, including 200 on a single day.", []want{
			{"8,000 rockets", "8000 count:rocket", Count}, {"200", "200 count:rocket", Count}}},
		{"Aid reached 1.9 million Gazans and 2,000 Cypriots.", []want{
			{"1.9 million Gazans", "1900000 count:Gazan", Count}, {"2,000 Cypriots", "2000 count:Cypriot", Count}}},
		{"The budget is NIS 250 billion.", []want{{"NIS 250 billion", "250000000000 ILS", Money}}},
		// negatives: pledged aid in pounds is money
		{"Britain pledged 400 million pounds of aid.", []want{{"400 million pounds", "400000000 GBP", Money}}},
	} {
		checkFind(t, c.in, c.want)
	}
	f := Find("It moved 1,000 metric tons of aid (about 2.2 million pounds).")
	if len(f) != 2 || f[1].Check == nil || !f[1].Check.OK {
		t.Errorf("tons of aid restated in pounds: want a passing check, got %+v", f)
	}
}

// A review of SOUTHCOM and NORTHCOM releases: frequencies as rates, a comparison with a peak,
// prices per a unit of goods after "a".
func TestRound22Americas(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Bombers approach the ADIZ six to seven times a year.", []want{{"six to seven times a year", "6-7 times/year", Other}}},
		{"The camp holds 30 detainees, down from a peak of nearly 780.", []want{
			{"30 detainees", "30 count:detainee", Count}, {"nearly 780", "nearly 780 count:detainee", Count}}},
		{"Cocaine sells for $30,000 a kilo.", []want{{"$30,000 a kilo", "30000 USD/kilo", Money}}},
		// negatives: a time after the frequency; a unit no price is per
		{"It happened 12 times a day later.", []want{{"12 times", "12 times", Other}}},
		{"They paid $300 a month.", []want{{"$300 a month", "300 USD/month", Money}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// Ships counted by hull: a type's acronym and number, in the plural, alone after "one", and
// with a hyphenated type.
func TestRound22Hulls(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"It buys two CVN 80s and two DDG 51s.", []want{{"two CVN 80s", "2 count:CVN 80", Count}, {"two DDG 51s", "2 count:DDG 51", Count}}},
		{"It buys one LHA 9 and two destroyers.", []want{{"one LHA 9", "1 count:LHA 9", Count}, {"two destroyers", "2 count:destroyer", Count}}},
		{"It buys one LHA 9.", []want{{"one LHA 9", "1 count:LHA 9", Count}}},
		{"It buys two T-AO 205 oilers.", []want{{"two T-AO 205 oilers", "2 count:T-AO 205 oiler", Count}}},
		// negatives: a hull type's name before a class's name keeps the noun; no hull type
		{"It buys two DDG 51 Arleigh Burke-class destroyers.", []want{
			{"two DDG 51 Arleigh Burke-class destroyers", "2 count:DDG 51 Arleigh Burke-class destroyer", Count}}},
		{"It fired two HIMARS 12 miles away.", []want{{"two HIMARS", "2 count:HIMARS", Count}, {"12 miles", "12 mi", Length}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A review of releases on the South Pacific and northern Australia: the Pacific islands'
// currencies, litres with a prefix in words, -fold words beyond ten.
func TestRound22Pacific(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The grant is AU$5 million, FJ$2 million and T$1 million.", []want{
			{"AU$5 million", "5000000 AUD", Money}, {"FJ$2 million", "2000000 FJD", Money}, {"T$1 million", "1000000 TOP", Money}}},
		{"It gave 30 million kina and SBD 3 million.", []want{{"30 million kina", "30000000 PGK", Money}, {"SBD 3 million", "3000000 SBD", Money}}},
		{"Temperatures ranged from 14 to minus 31 degrees Fahrenheit.", []want{{"14 to minus 31 degrees Fahrenheit", "-31-14 degF", Temperature}}},
		{"Iceland pledged ISK 2 billion. It added 500 million Icelandic kronur.", []want{
			{"ISK 2 billion", "2000000000 ISK", Money}, {"500 million Icelandic kronur", "500000000 ISK", Money}}},
		{"They delivered 3 megalitres and 40 kilolitres of water.", []want{{"3 megalitres", "3 ML", Volume}, {"40 kilolitres", "40 kL", Volume}}},
		{"It was a twelvefold increase and a hundredfold jump.", []want{{"twelvefold", "12 fold", Other}, {"hundredfold", "100 fold", Other}}},
		// negatives: "top" is no currency
		{"The 5 top leaders met.", []want{{"5 top leaders", "5 count:top leader", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A review of DPAA releases: "only" before an elided noun's number; a part "of them" right
// after the count's comma and "and".
func TestRound22DPAA(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The crew of 11 members bailed out, and only two were rescued.", []want{
			{"11 members", "11 count:member", Count}, {"two", "2 count:member", Count}}},
		{"The team found 30 Marines, and 12 of them were identified.", []want{
			{"30 Marines", "30 count:Marine", Count}, {"12", "12 count:Marine", Count}}},
		// across a sentence, after "Of those," opening the next
		{"More than 81,000 Americans remain missing. Of those, 72,000 are from World War II.", []want{
			{"More than 81,000 Americans", "more-than 81000 count:American", Count}, {"72,000", "72000 count:American", Count}}},
		// negatives: across a sentence with no "Of those"
		{"More than 81,000 Americans remain missing. 72,000 are from World War II.", []want{
			{"More than 81,000 Americans", "more-than 81000 count:American", Count}, {"72,000", "72000 number", Number}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// A review of releases on the Balkans: the region's currencies by name, a breakdown "to" a
// place, and a comparison with the count that a preposition's count qualifies.
func TestRound22Balkans(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The fund paid 2.5 million convertible marks, 300 million denars and 20 million kuna.", []want{
			{"2.5 million convertible marks", "2500000 BAM", Money}, {"300 million denars", "300000000 MKD", Money},
			{"20 million kuna", "20000000 HRK", Money}}},
		{"NATO sent 700 troops, 400 to Kosovo and 300 to Macedonia.", []want{
			{"700 troops", "700 count:troop", Count}, {"400", "400 count:troop", Count}, {"300", "300 count:troop", Count}}},
		{"KFOR has 4,500 troops from 28 countries, up from 3,800.", []want{
			{"4,500 troops", "4500 count:troop", Count}, {"28 countries", "28 count:country", Count}, {"3,800", "3800 count:troop", Count}}},
		{"Aid exceeded $2 billion.", []want{{"exceeded $2 billion", "more-than 2000000000 USD", Money}}},
		// negatives: a bare "dinars" stays Iraqi; "KM" after a number is kilometres
		{"They paid 5 million dinars and drove 25 KM.", []want{{"5 million dinars", "5000000 IQD", Money}, {"25 KM", "25 km", Length}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// Known gaps of earlier reviews: a verb of killing or wounding before a bare number, the same
// number of degrees restated in a scale, C touching a number in a clause on the weather, and
// a model before "and" sharing the noun of the count after it.
func TestRound23Gaps(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The attack killed 68 and wounded 144.", []want{{"68", "68 count:killed", Count}, {"144", "144 count:wounded", Count}}},
		{"The blast killed three and wounded about 20 others.", []want{{"three", "3 count:killed", Count}, {"about 20", "about 20 count:wounded", Count}}},
		{"The raid, which killed 14 in Kabul, was condemned.", []want{{"14", "14 count:killed", Count}}},
		{"It was minus 20 degrees, or -20°C, at the camp.", []want{{"minus 20 degrees", "-20 degC", Temperature}, {"-20°C", "-20 degC", Temperature}}},
		{"Temperatures fell to -30C overnight.", []want{{"-30C", "-30 degC", Temperature}}},
		{"Troops trained in temperatures of 45C in the shade.", []want{{"45C", "45 degC", Temperature}}},
		{"The sale covers 24 F-15EX and 68 F-35 aircraft.", []want{{"24 F-15EX", "24 count:F-15EX aircraft", Count}, {"68 F-35 aircraft", "68 count:F-35 aircraft", Count}}},
		// negatives: a part of a count, a series, a model's letter, a range of C
		{"Militants killed 3 of the 12 hostages.", []want{{"3", "3 count:hostage", Count}, {"12 hostages", "12 count:hostage", Count}}},
		{"It killed 3 through 5 soldiers.", []want{{"3", "3 number", Number}, {"5 soldiers", "5 count:soldier", Count}}},
		{"The Boeing 777F arrived, and 13F soldiers waited; an MQ-9C flew.", nil},
		{"The battalion had 12C rounds left in store.", nil},
		{"It reached 40 below zero (-40 Celsius).", []want{{"40 below zero", "-40 degF", Temperature}, {"-40 Celsius", "-40 degC", Temperature}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// Reviews of releases on the tanker war and Panama, hospital ships, and recruiting: a
// restatement in square brackets and a capitalised noun after a measure, a series of plural
// nouns, comparatives as qualifiers, ages after "under the age of" and "older than", rates per
// a round population, percentage points after a level, the end of a change from a measure,
// goals and shortfalls, a time a comparison measures from, and "nearly" on a restatement.
func TestRound23Reviews(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The ship carried two 5,000-gallon [18,900-liter] water tanks.", []want{
			{"two", "2 count:water tank", Count}, {"5,000-gallon", "5000 gal", Volume}, {"18,900-liter", "18900 l", Volume}}},
		{"Jets dropped 45 2,000-pound [907-kilogram] Joint Direct Attack Munitions.", []want{
			{"45", "45 count:Joint Direct Attack Munition", Count}, {"2,000-pound", "2000 lb", Mass}, {"907-kilogram", "907 kg", Mass}}},
		{"Jets dropped seven 2,000-pound JDAMs.", []want{{"seven 2,000-pound JDAMs", "7 count:2,000-pound JDAM", Count}}},
		{"Vets treated 350 dogs, cats and horses.", []want{{"350 dogs, cats and horses", "350 count:dog, cat and horse", Count}}},
		{"The fleet had 21 frigates, destroyers, submarines, and auxiliaries.", []want{
			{"21 frigates, destroyers, submarines, and auxiliaries", "21 count:frigate, destroyer, submarine and auxiliary", Count}}},
		{"Repairs took longer than 30 days.", []want{{"longer than 30 days", "more-than 30 day", Duration}}},
		{"It treated 1,900 children under the age of 12; crews were older than 40.", []want{
			{"1,900 children", "1900 count:child", Count}, {"under the age of 12", "under 12 year", Duration}, {"older than 40", "more-than 40 year", Duration}}},
		{"The suicide rate was 28.2 per 100,000 service members.", []want{{"28.2 per 100,000 service members", "28.2 number/100000 service member", Number}}},
		{"There were 36.6 suicides per 100,000 Marines.", []want{{"36.6 suicides per 100,000 Marines", "36.6 count:suicide/100000 Marine", Count}}},
		{"Unemployment fell to 6.8%, down about 1.6 points from 2021.", []want{
			{"6.8%", "6.8 percent", Percent}, {"about 1.6 points", "about 1.6 percentage-point", Percent}}},
		{"The rate rose 0.3 point to 4.1 percent.", []want{{"0.3 point", "0.3 percentage-point", Percent}, {"4.1 percent", "4.1 percent", Percent}}},
		{"Wait times dropped from 14 days to nine.", []want{{"14 days", "14 day", Duration}, {"nine", "9 day", Duration}}},
		{"The Army signed roughly 50,000 recruits against a goal of 65,000, a shortfall of about 15,000.", []want{
			{"roughly 50,000 recruits", "roughly 50000 count:recruit", Count}, {"65,000", "65000 count:recruit", Count},
			{"about 15,000", "about 15000 count:recruit", Count}}},
		{"The Navy recruited 30,200 sailors, short of its 37,700 target.", []want{
			{"30,200 sailors", "30200 count:sailor", Count}, {"37,700", "37700 count:sailor", Count}}},
		// negatives: a series that ends in a mass noun; a score's points; a duration after "more
		// than"; a goal with no count before it; a temperature's end
		{"Troops seized 40 rifles, grenades and ammunition.", []want{{"40 rifles", "40 count:rifle", Count}}},
		{"The team scored 12 points, and 40 percent of shots landed.", []want{{"12 points", "12 count:point", Count}, {"40 percent", "40 percent", Percent}}},
		{"Rates were higher than a year ago, and it ended more than a year earlier.", []want{{"more than a year", "more-than 1 year", Duration}}},
		{"The goal of 65,000 was missed.", []want{{"65,000", "65000 number", Number}}},
		{"Temperatures went from 30 degrees Celsius to 12.", []want{{"30 degrees Celsius", "30 degC", Temperature}, {"12", "12 number", Number}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// "nearly" or "almost" on a restatement allows a value a little over the true one, not 15%
// over: "9,400 nautical miles (nearly 20,000 kilometers)" is 17,410 km.
func TestRound23NearlyRestated(t *testing.T) {
	checkRestated(t, "It sailed 9,400 nautical miles (nearly 20,000 kilometers).", 1, false)
	checkRestated(t, "It sailed 9,400 nautical miles (nearly 17,500 kilometers).", 1, true)
	checkRestated(t, "The road runs 150 kilometers (almost 100 miles).", 1, true)
	checkRestated(t, "The strip is 9 square kilometers (nearly 3.5 square miles).", 1, true)
}

// The same reviews: a measure or container counted with what it holds, a bare number after
// ", but" or ", while", and "N of them" as the object of a verb after "and".
func TestRound23ReviewsMore(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The team issued 2,100 pairs of eyeglasses and 77 pieces of hospital equipment.", []want{
			{"2,100 pairs of eyeglasses", "2100 count:pair of eyeglasses", Count}, {"77 pieces of hospital equipment", "77 count:piece of hospital equipment", Count}}},
		{"Crews delivered 40 pallets of water a day.", []want{{"40 pallets of water a day", "40 count:pallet of water/day", Count}}},
		{"Comfort carries 1,000 beds, but only 250 were staffed.", []want{{"1,000 beds", "1000 count:bed", Count}, {"250", "250 count:bed", Count}}},
		{"Navies escorted 1,200 tankers and boarded about 300 of them.", []want{
			{"1,200 tankers", "1200 count:tanker", Count}, {"about 300", "about 300 count:tanker", Count}}},
		// negatives: a whole after "of the"; rounds stay rounds
		{"Two pieces of the wreckage were recovered, with 10,000 rounds of ammunition.", []want{
			{"Two pieces", "2 count:piece", Count}, {"10,000 rounds", "10000 count:round", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// The review of personnel releases: a breakdown after a colon that ends the count's clause,
// a comparison further from its count, a sum compared with a rate, and "twice" and "once".
func TestRound23Personnel(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"In all, 523 service members died by suicide in 2023: 363 in the active component and 96 in the Guard.", []want{
			{"523 service members", "523 count:service member", Count}, {"363", "363 count:service member", Count}, {"96", "96 count:service member", Count}}},
		{"About 2.1 million beneficiaries used military treatment facilities in fiscal 2022, down from 2.4 million.", []want{
			{"About 2.1 million beneficiaries", "about 2100000 count:beneficiary", Count}, {"2.4 million", "2400000 count:beneficiary", Count}}},
		{"A private earns $2,108 a month in base pay, up from about $1,917.", []want{
			{"$2,108 a month", "2108 USD/month", Money}, {"about $1,917", "about 1917 USD/month", Money}}},
		{"Propensity is about twice as high, and units train twice a year; crews meet once a week.", []want{
			{"about twice", "about 2 times", Other}, {"twice a year", "2 times/year", Other}, {"once a week", "1 times/week", Other}}},
		{"The ship was hit at least twice.", []want{{"at least twice", "at-least 2 times", Other}}},
		// negatives: a lone "twice" or "once", a name, a compound
		{"Patients were assessed twice; once again, once the ship docks, the Twice Removed show.", nil},
		{"The twice-yearly airlift and twice-weekly flights.", []want{{"twice-yearly", "2 times/year", Other}, {"twice-weekly", "2 times/week", Other}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// Reviews of releases on polar operations, peacekeeping missions and the Korean and Vietnam
// wars: "minus N" and "N below" as temperatures, ranges below zero and a scale after them, a
// hyphenated plural before its noun, a part after "including" no larger than its whole, ",
// over four days" as the time taken, nouns completed by "of war" and "of Honor", decorations,
// a decade of a life, hill and battalion names, and a rate after a count.
func TestRound23PolarPeaceKorea(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The wind chill was minus 58, and temperatures fell to minus 40 overnight.", []want{
			{"minus 58", "-58 degF", Temperature}, {"minus 40", "-40 deg", Temperature}}},
		{"Marines survived nights at 20 below in tents. It was 30 below in Nome.", []want{
			{"20 below", "-20 deg", Temperature}, {"30 below", "-30 deg", Temperature}}},
		{"Wind chills of 60 to 70 below zero were recorded.", []want{{"60 to 70 below zero", "-70--60 degF", Temperature}}},
		{"It was 40 below zero Fahrenheit at the camp.", []want{{"40 below zero Fahrenheit", "-40 degF", Temperature}}},
		{"UNMISS ran six protection-of-civilians sites and 40 human-rights officers.", []want{
			{"six protection-of-civilians sites", "6 count:protection-of-civilians site", Count}, {"40 human-rights officers", "40 count:human-rights officer", Count}}},
		{"Nearly 200,000 displaced people sheltered at six sites, including about 120,000 in Bentiu.", []want{
			{"Nearly 200,000 displaced people", "nearly 200000 count:displaced person", Count}, {"six sites", "6 count:site", Count},
			{"about 120,000", "about 120000 count:displaced person", Count}}},
		{"The convoy drove from Juba to Bor, about 190 kilometers, over four days.", []want{
			{"about 190 kilometers", "about 190 km", Length}, {"four days", "4 day", Duration}}},
		{"The ship carried 40 prisoners of war; teams cleared 1,800 items of unexploded ordnance.", []want{
			{"40 prisoners of war", "40 count:prisoner of war", Count}, {"1,800 items of unexploded ordnance", "1800 count:item of unexploded ordnance", Count}}},
		{"Seventeen Medals of Honor were awarded; he received two Bronze Stars and three Purple Hearts.", []want{
			{"Seventeen Medals of Honor", "17 count:Medal of Honor", Count}, {"two Bronze Stars", "2 count:Bronze Star", Count},
			{"three Purple Hearts", "3 count:Purple Heart", Count}}},
		{"UNIFIL conducted 1,200 patrols in the last quarter, roughly 13 a day.", []want{
			{"1,200 patrols", "1200 count:patrol", Count}, {"roughly 13 a day", "roughly 13 count:patrol/day", Count}}},
		// negatives: a decade of a life, a hill's compass letter, a battalion, a bare minus,
		// a depth below something, a lasting wait
		{"Hale, now in his 90s, held Hill 881S; the 1/7 held Hill 1282.", nil},
		{"The account was minus 40 and the unit finished 40 below the target.", []want{{"minus 40", "-40 number", Number}, {"40", "40 number", Number}}},
		{"Some detainees have waited over four years.", []want{{"over four years", "over 4 year", Duration}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// "Of them," opening a sentence refers to the count of the sentence before.
func TestRound23OfThem(t *testing.T) {
	checkFind(t, "Nearly 1.8 million Americans served in the war. Of them, 36,574 died and 103,284 were wounded.", []want{
		{"Nearly 1.8 million Americans", "nearly 1800000 count:American", Count}, {"36,574", "36574 count:American", Count},
		{"103,284", "103284 count:American", Count}})
	// not a part larger than the whole
	checkFind(t, "He has 3 dogs. Of them, 5 are cats.", []want{{"3 dogs", "3 count:dog", Count}, {"5", "5 number", Number}})
}

// A bore in inches before a weapon names it, as one in millimetres does; after a count, the
// count counts the weapon.
func TestRound23InchBores(t *testing.T) {
	checkFind(t, "He fought with a 3.5-inch rocket launcher; the battleship's 16-inch guns fired.", nil)
	checkFind(t, "The company had three 4.2-inch mortars.", []want{{"three 4.2-inch mortars", "3 count:4.2-inch mortar", Count}})
	// a length stays one
	checkFind(t, "The screen was 3.5 inches wide, a 4-inch pipe.", []want{{"3.5 inches", "3.5 in", Length}, {"4-inch", "4 in", Length}})
}

// A series of modifiers before a counted noun: services, or single words in lower case.
func TestRound23ModifierSeries(t *testing.T) {
	checkFind(t, "About 300 Army, Navy and Marine Corps aircraft flew.", []want{
		{"About 300 Army, Navy and Marine Corps aircraft", "about 300 count:Army, Navy and Marine Corps aircraft", Count}})
	checkFind(t, "About 1,200 artillery, rocket and mortar rounds struck the base.", []want{
		{"About 1,200 artillery, rocket and mortar rounds", "about 1200 count:artillery, rocket and mortar round", Count}})
	// negatives: a list of counts; counts in clauses of their own
	checkFind(t, "The team found 30 rifles, 12 pistols and 4 launchers.", []want{
		{"30 rifles", "30 count:rifle", Count}, {"12 pistols", "12 count:pistol", Count}, {"4 launchers", "4 count:launcher", Count}})
	checkFind(t, "They seized 5 trucks, killed 3 fighters and left.", []want{{"5 trucks", "5 count:truck", Count}, {"3 fighters", "3 count:fighter", Count}})
}

// A casualty's participle before "personnel", "staff" or "police" modifies it; a comparison's
// number followed by a time past ("a decade earlier") still takes the count's noun.
func TestRound23InjuredPersonnelTimeAgo(t *testing.T) {
	checkFind(t, "The aircraft carried 2 injured personnel.", []want{{"2 injured personnel", "2 count:injured personnel", Count}})
	checkFind(t, "The mission had about 12,000 troops in 2023, down from nearly 20,000 a decade earlier.", []want{
		{"about 12,000 troops", "about 12000 count:troop", Count}, {"nearly 20,000", "nearly 20000 count:troop", Count}})
	checkFind(t, "The Navy fielded 280 ships, compared with 300 the previous year.", []want{
		{"280 ships", "280 count:ship", Count}, {"300", "300 count:ship", Count}})
}

// The review of the 2007 surge: a number word in a name after "of", and currency codes of the
// region before the number.
func TestRound23Surge(t *testing.T) {
	checkFind(t, "Operation Mother of Two Springs began; the Lion of Three Rivers fought on.", nil)
	checkFind(t, "Police seized IQD 5 million and JOD 2 million.", []want{
		{"IQD 5 million", "5000000 IQD", Money}, {"JOD 2 million", "2000000 JOD", Money}})
	// a total stays a count; an SOS is no shilling
	checkFind(t, "A total of Two Hundred Soldiers; the SOS 2 call came.", []want{{"Two Hundred Soldiers", "200 count:Soldier", Count}})
}

// The review of the China military power report: models or modifiers joined by "or", "under"
// after a verb of grouping, a rate after "an average of", Chinese ship classes in the plural,
// and a class's name before a count.
func TestRound23ChinaMilitaryPower(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"China fields 12 JL-2 or JL-3 missiles and 12 cruise or ballistic missiles.", []want{
			{"12 JL-2 or JL-3 missiles", "12 count:JL-2 or JL-3 missile", Count}, {"12 cruise or ballistic missiles", "12 count:cruise or ballistic missile", Count}}},
		{"The force is organized under six operational bases and fields under 40 brigades.", []want{
			{"six operational bases", "6 count:operational base", Count}, {"under 40 brigades", "under 40 count:brigade", Count}}},
		{"359 PLA aircraft flew into the zone, an average of 11.6 a day.", []want{
			{"359 PLA aircraft", "359 count:PLA aircraft", Count}, {"11.6 a day", "11.6 count:PLA aircraft/day", Count}}},
		{"The group had a Type 075 and two destroyers; eight Type 071s sailed.", []want{
			{"two destroyers", "2 count:destroyer", Count}, {"eight Type 071s", "8 count:Type 071", Count}}},
		// negatives: "below" after "fell" keeps its qualifier; a class's number in the plural is no seconds
		{"Temperatures fell below minus 40 degrees; eight 071s sailed.", []want{{"below minus 40 degrees", "under -40 deg", Temperature}, {"eight", "8 number", Number}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// Capitalised plurals of weapons briefings on arms control count.
func TestRound23WeaponPlurals(t *testing.T) {
	checkFind(t, "Russia fired six Kinzhals, 40 Kalibrs and 12 Storm Shadows; the U.S. kept 400 Minutemen.", []want{
		{"six Kinzhals", "6 count:Kinzhal", Count}, {"40 Kalibrs", "40 count:Kalibr", Count},
		{"12 Storm Shadows", "12 count:Storm Shadow", Count}, {"400 Minutemen", "400 count:Minuteman", Count}})
}

// "within" before a duration of two parts keeps its qualifier; a number stated as an average
// or median age is an age.
func TestRound23WithinAndAverageAge(t *testing.T) {
	checkFind(t, "Surgeons operated within an hour and a half of injury, and within an hour and 45 minutes.", []want{
		{"within an hour and a half", "up-to 1.5 hour", Duration}, {"within an hour and 45 minutes", "up-to 6300 second", Duration}})
	checkFind(t, "The average age of a new Army recruit is about 21, and the median age of the force rose to 28.", []want{
		{"about 21", "about 21 year", Duration}, {"28", "28 year", Duration}})
	// negatives: "within a day" says when; a count in a clause on age
	checkFind(t, "Aid arrives within a day; the average age of 20 ships is unknown.", []want{{"20 ships", "20 count:ship", Count}})
}

// An acronym in the plural is the thing counted, before "and" and a verb or another noun.
func TestRound23AcronymPluralAnd(t *testing.T) {
	checkFind(t, "Soldiers destroyed 49 IEDs and detained 100 suspects.", []want{
		{"49 IEDs", "49 count:IED", Count}, {"100 suspects", "100 count:suspect", Count}})
	checkFind(t, "Soldiers found 12 EFPs and RPGs and 49 IEDs and mortar rounds.", []want{
		{"12 EFPs and RPGs", "12 count:EFP and RPG", Count}, {"49 IEDs and mortar rounds", "49 count:IED and mortar round", Count}})
}

// Millions of pounds after a verb of moving goods, or restated after a dash, are a weight.
func TestRound23PoundsDelivered(t *testing.T) {
	checkFind(t, "C-17s delivered 1.1 million pounds to Ukraine.", []want{{"1.1 million pounds", "1100000 lb", Mass}})
	checkFind(t, "Britain pledged 400 million pounds.", []want{{"400 million pounds", "400000000 GBP", Money}})
}

// The review of Corps of Engineers releases: the end's multiplier is a bare start's, and
// deepening or widening is a change.
func TestRound23ChangeMultiplier(t *testing.T) {
	checkFind(t, "Spending grew from 30 to 45 million dollars.", []want{{"30", "30000000 USD", Money}, {"45 million dollars", "45000000 USD", Money}})
	checkFind(t, "The Corps will deepen the channel from 45 to 46.5 feet.", []want{{"45", "45 ft", Length}, {"46.5 feet", "46.5 ft", Length}})
	// negatives: a start of its own size
	checkFind(t, "Storage grew from 2,500 to 3.1 million acre-feet.", []want{{"2,500", "2500 acre-ft", Volume}, {"3.1 million acre-feet", "3100000 acre-ft", Volume}})
}

// The review of Corps of Engineers releases: fish that are their own plural, a crew's verb in
// -s, and "up to" after a verb's particle.
func TestRound23CorpsOfEngineers(t *testing.T) {
	checkFind(t, "Biologists counted 1,056 adult spring salmon and 40 sturgeon.", []want{
		{"1,056 adult spring salmon", "1056 count:adult spring salmon", Count}, {"40 sturgeon", "40 count:sturgeon", Count}})
	checkFind(t, "A crew of 38 works the locks; a team of 12 operates the dam.", []want{
		{"38", "38 count:crew member", Count}, {"12", "12 count:personnel", Count}})
	checkFind(t, "Releases were stepped up to 45,000 cfs, and costs reached up to $5 million.", []want{
		{"45,000 cfs", "45000 ft3/second", Volume}, {"up to $5 million", "up-to 5000000 USD", Money}})
}

// The review of aviation mishap reports: load factors in g, rates per a round number of hours,
// a class's letter before a counted noun, gusts, and "or more" after a unit or noun.
func TestRound23Mishaps(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The pilot pulled 7.8 g in a 9-g turn.", []want{{"7.8 g", "7.8 g0", Other}, {"9-g", "9 g0", Other}}},
		{"The rate was 1.38 Class A mishaps per 100,000 flight hours.", []want{
			{"1.38 Class A mishaps per 100,000 flight hours", "1.38 count:Class A mishap/100000 hour", Count}}},
		{"The Navy had 14 Class A aviation mishaps, nine of them fatal.", []want{
			{"14 Class A aviation mishaps", "14 count:Class A aviation mishap", Count}, {"nine", "9 count:Class A aviation mishap", Count}}},
		{"Winds were 18 knots gusting to 32.", []want{{"18 knots", "18 kn", Speed}, {"32", "32 kn", Speed}}},
		{"Damage of $2.5 million or more counts, as do 500 hours or more.", []want{
			{"$2.5 million or more", "at-least 2500000 USD", Money}, {"500 hours or more", "at-least 500 hour", Duration}}},
		// negatives: grams in a laboratory; "or more" before another figure
		{"The sample weighed 7.8 g; 3 or more samples.", []want{{"7.8 g", "7.8 g", Mass}, {"3 or more samples", "at-least 3 count:sample", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// Reviews of Medal of Honor features and ship commissionings: a specialist's grade is no
// figure, and a crew's number before its verb counts crew members.
func TestRound23GradesAndCrews(t *testing.T) {
	checkFind(t, "Spc. 5 Dwight Johnson and Specialist Five Ed Smith were honored.", nil)
	checkFind(t, "Whittlesey, then 34, led the battalion; Miyamura, now 93, attended.", nil)
	checkFind(t, "A crew of 148 serves aboard the ship.", []want{{"148", "148 count:crew member", Count}})
	// negatives: a crew's noun
	checkFind(t, "A crew of 148 sailors on the ship trained.", []want{{"148 sailors", "148 count:sailor", Count}})
}

// The review of sealift releases: measurement and short tons by their abbreviations, a pair of
// adjectives joined by a comma, a participle after a measure's contents, and a pallet's
// designation.
func TestRound23Sealift(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The ship carried 10,000 measurement tons, 500 MTONs and 2,000 STONs.", []want{
			{"10,000 measurement tons", "10000 MTON", Volume}, {"500 MTONs", "500 MTON", Volume}, {"2,000 STONs", "2000 ton", Mass}}},
		{"The command chartered 15 large, fast ships.", []want{{"15 large, fast ships", "15 count:large, fast ship", Count}}},
		{"It moved 77 pieces of equipment weighing 40 tons.", []want{
			{"77 pieces of equipment", "77 count:piece of equipment", Count}, {"40 tons", "40 ton", Mass}}},
		// negatives: a pallet's designation is no volume; litres stay litres
		{"Crews loaded 18 463L pallets and a 500L tank.", []want{{"18", "18 number", Number}, {"500L", "500 l", Volume}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// Reviews of NATO spending and Iran's nuclear programme: days of a month joined by "and", a
// year after "for" or "through" before a verb in -s, and negated comparatives.
func TestRound23SpendingAndEnrichment(t *testing.T) {
	checkFind(t, "Leaders met on 24 and 25 June 2025; the budget for 2025 stands at 2 percent, and the plan through 2029 calls for more.", []want{
		{"2 percent", "2 percent", Percent}})
	checkFind(t, "Enrichment was capped at no higher than 3.67 percent; the site was closer to 300 feet deep.", []want{
		{"no higher than 3.67 percent", "at-most 3.67 percent", Percent}, {"closer to 300 feet", "nearly 300 ft", Length}})
	// negatives: a list of counts
	checkFind(t, "They bought 24 and 25 trucks.", []want{{"24 and 25 trucks", "24,25 count:truck", Count}})
}

// "N of them" counts a part of the nearest count before it that is no smaller, in its sentence
// or the one before.
func TestRound23Partitive(t *testing.T) {
	checkFind(t, "Iran fired 40 missiles, and air defenses intercepted 13 of them.", []want{
		{"40 missiles", "40 count:missile", Count}, {"13", "13 count:missile", Count}})
	checkFind(t, "The plant had 1,000 centrifuges. Inspectors saw 200 of them running.", []want{
		{"1,000 centrifuges", "1000 count:centrifuge", Count}, {"200", "200 count:centrifuge", Count}})
	// negatives: a part larger than the count
	checkFind(t, "The army had 3 brigades; 20 of them deployed.", []want{{"3 brigades", "3 count:brigade", Count}, {"20", "20 number", Number}})
}

// A rate after "of" and what flows, in up to three words.
func TestRound23RateOfThreeWords(t *testing.T) {
	checkFind(t, "Iran produced 9 kilograms of highly enriched uranium per month.", []want{
		{"9 kilograms of highly enriched uranium per month", "9 kg/month", Mass}})
}

// A year after "up to" is a date, not a figure; a change verb with a comma before "from A to
// B" still marks the two percentages as a change.
func TestRound23UpToYearAndChangeComma(t *testing.T) {
	checkFind(t, "The plan moved the target up to 2029 and adds up to 20 ships.", []want{
		{"up to 20 ships", "up-to 20 count:ship", Count}})
	checkFind(t, "Spending more than doubled, from 1.86 percent to 4.12 percent.", []want{
		{"1.86 percent", "1.86 percent", Percent}, {"4.12 percent", "4.12 percent", Percent}})
}

// Reviews of military justice releases and of counter-drone briefings: a slashed date after a
// determiner names what follows, a law's lettered subdivision has no unit, courts-martial are
// counted, a fraction before "fewer than" is a share, a status's people after "Title 32", named
// models in the plural, and more weapons' capitalised plurals.
func TestRound23JusticeAndDrones(t *testing.T) {
	checkFind(t, "The 9/11 case and the 9/11 military commission resumed; 3/4 of the route was cleared.", []want{
		{"3/4", "0.75 number", Number}})
	checkFind(t, "He was charged under Article 120b and Section 2306b.", nil)
	checkFind(t, "Roughly 1,800 courts-martial were held; 12 general courts-martial.", []want{
		{"Roughly 1,800 courts-martial", "roughly 1800 count:court-martial", Count},
		{"12 general courts-martial", "12 count:general court-martial", Count}})
	checkFind(t, "There were 114 sexual assault cases, about one-third fewer than in 2018.", []want{
		{"114 sexual assault cases", "114 count:sexual assault case", Count}, {"about one-third", "about 0.3333333333333333 number", Number}})
	checkFind(t, "About 7,000 Title 32 Guardsmen and 300 Title 32 soldiers deployed.", []want{
		{"About 7,000 Title 32 Guardsmen", "about 7000 count:Title 32 Guardsman", Count},
		{"300 Title 32 soldiers", "300 count:Title 32 soldier", Count}})
	checkFind(t, "Over 1,000 Switchblade 600s were sent; the Switchblade 600s arrived. The pause lasted 30s.", []want{
		{"Over 1,000 Switchblade 600s", "over 1000 count:Switchblade 600", Count}, {"30s", "30 second", Duration}})
	checkFind(t, "The Army bought 500 Coyotes, 20 Phoenix Ghosts and 40 Iskander-Ms; Russia launched 30 Lancets.", []want{
		{"500 Coyotes", "500 count:Coyote", Count}, {"20 Phoenix Ghosts", "20 count:Phoenix Ghost", Count},
		{"40 Iskander-Ms", "40 count:Iskander-M", Count}, {"30 Lancets", "30 count:Lancet", Count}})
}

// Reviews of military justice, counter-drone and hurricane-response briefings: a sum's noun of
// pay before its rate, a rate restated over another time, fixed phrases with "of", a family's
// members, and "a quarter mile".
func TestRound23PayRatesAndPhrases(t *testing.T) {
	checkFind(t, "He forfeits $1,500 pay per month and $2,108 in base pay a month; the fund gave $40 million in Iraq per year.", []want{
		{"$1,500 pay per month", "1500 USD/month", Money}, {"$2,108 in base pay a month", "2108 USD/month", Money},
		{"$40 million", "40000000 USD", Money}})
	checkFind(t, "Ukraine fires 4,000 FPV drones a day, or well over 100,000 a month.", []want{
		{"4,000 FPV drones a day", "4000 count:FPV drone/day", Count}, {"well over 100,000 a month", "over 100000 count:FPV drone/month", Count}})
	checkFind(t, "They opened 40 points of distribution and 12 ports of entry; 40 points were scored.", []want{
		{"40 points of distribution", "40 count:point of distribution", Count}, {"12 ports of entry", "12 count:port of entry", Count},
		{"40 points", "40 count:point", Count}})
	checkFind(t, "A family of five was rescued a quarter mile away; a quarter of the city flooded.", []want{
		{"five", "5 count:family member", Count}, {"a quarter mile", "0.25 mi", Length}, {"a quarter", "0.25 number", Number}})
}

// "over" a duration after rain or snow is the time it fell in.
func TestRound23RainOver(t *testing.T) {
	checkFind(t, "The storm dropped 30 inches of rain over three days; crews worked over three days.", []want{
		{"30 inches", "30 in", Length}, {"three days", "3 day", Duration}, {"over three days", "over 3 day", Duration}})
}

// "four of the six" after a count of six counts what it counts; "under a second" is a duration.
func TestRound23OfTheWholeAndASecond(t *testing.T) {
	checkFind(t, "The battery fired 6 Stinger missiles. Four of the six hit their targets.", []want{
		{"6 Stinger missiles", "6 count:Stinger missile", Count}, {"Four", "4 count:Stinger missile", Count}, {"six", "6 count:Stinger missile", Count}})
	checkFind(t, "The laser worked in under a second; a second strike followed.", []want{{"under a second", "under 1 second", Duration}})
	// negatives: a whole that restates no count
	checkFind(t, "They fired 6 missiles; two of the ten hit.", []want{{"6 missiles", "6 count:missile", Count}, {"two", "2 number", Number}, {"ten", "10 number", Number}})
}

// Reviews of construction, Space Force and nuclear-forces releases: a number joined to a noun
// counts that noun when what follows is a singular in -s or ends in a verb before its object,
// and a crew's plural stops before its verb in -s.
func TestRound23HyphenCountsAndCrewVerbs(t *testing.T) {
	checkFind(t, "The five-story facility covers 188,000 square feet; a 400-bed barracks opened.", []want{
		{"five-story", "5 count:story", Count}, {"188,000 square feet", "188000 ft2", Area}, {"400-bed", "400 count:bed", Count}})
	checkFind(t, "The five-satellite constellation covers the Earth.", []want{{"five-satellite", "5 count:satellite", Count}})
	checkFind(t, "A crew of two officers stands the watch; a crew of about 350 personnel staffs the ship.", []want{
		{"two officers", "2 count:officer", Count}, {"about 350 personnel", "about 350 count:personnel", Count}})
	// negatives: a plural head noun; a noun in -s before a relative clause
	checkFind(t, "The two-class studies agree; 40 arms sales the agency approved.", []want{
		{"two-class studies", "2 count:class study", Count}, {"40 arms sales", "40 count:arms sale", Count}})
}

// Reviews of Coast Guard, construction and South Asia releases: bales, packages and bricks
// with what they hold, aids to navigation, adjectives in -zero, numbered barracks and
// buildings, South Asian currencies, linear feet, and rates of an acronym's substance or of
// energy.
func TestRound23CoastGuardAndConstruction(t *testing.T) {
	checkFind(t, "Crews seized 25 bales of cocaine and 12 bricks of heroin and serviced 80 aids to navigation.", []want{
		{"25 bales of cocaine", "25 count:bale of cocaine", Count}, {"12 bricks of heroin", "12 count:brick of heroin", Count},
		{"80 aids to navigation", "80 count:aid to navigation", Count}})
	checkFind(t, "The base is net-zero by 2030; sub-zero temperatures hit Barracks 3 and Bldg. 110.", nil)
	checkFind(t, "It costs 500 million Sri Lankan rupees and 3 million rufiyaa.", []want{
		{"500 million Sri Lankan rupees", "500000000 LKR", Money}, {"3 million rufiyaa", "3000000 MVR", Money}})
	checkFind(t, "They laid 3,000 linear feet of pipe; the plant released 1.5 pounds of PFAS per year; the array makes 3,200 MWh a year.", []want{
		{"3,000 linear feet", "3000 ft", Length}, {"1.5 pounds of PFAS per year", "1.5 lb/year", Mass}, {"3,200 MWh a year", "3200 MWh/year", Other}})
}

// Reviews of arms-sale, Space Force, nuclear-forces and Coast Guard releases: production
// blocks with a slash or in Roman numerals, tranches before a plural, defence makers' names,
// more verbs of supply after "and", a rate restated after "with", water's temperature, and
// readings "in the low 50s".
func TestRound23ModelsMakersAndReadings(t *testing.T) {
	checkFind(t, "The sale includes 20 F-16 Block 70/72 aircraft and 24 Lockheed Martin F-35A aircraft; the agency launched 21 Tranche 1 satellites.", []want{
		{"20 F-16 Block 70/72 aircraft", "20 count:F-16 Block 70/72 aircraft", Count},
		{"24 Lockheed Martin F-35A aircraft", "24 count:Lockheed Martin F-35A aircraft", Count},
		{"21 Tranche 1 satellites", "21 count:Tranche 1 satellite", Count}})
	checkFind(t, "The Army bought 16 jammers and fielded 11.", []want{{"16 jammers", "16 count:jammer", Count}, {"11", "11 count:jammer", Count}})
	checkFind(t, "The plant makes 80 pits per year, with at least 30 per year at Los Alamos.", []want{
		{"80 pits per year", "80 count:pit/year", Count}, {"at least 30 per year", "at-least 30 count:pit/year", Count}})
	checkFind(t, "Water temperatures were in the low 50s; he survived in 52-degree water.", []want{{"52-degree", "52 deg", Temperature}})
}

// The Space Force review: thrust is a force in pounds-force or kilonewtons, and its
// restatement is checked.
func TestRound23Thrust(t *testing.T) {
	checkFind(t, "The engine produces 1.6 million pounds of thrust (7,100 kilonewtons); the truck carried 500 pounds of cargo.", []want{
		{"1.6 million pounds of thrust", "1600000 lbf", Other}, {"7,100 kilonewtons", "7100 kN", Other}, {"500 pounds", "500 lb", Mass}})
}

// The nuclear-forces review: a projection of a count after "and will have" or "will reach".
func TestRound23Projections(t *testing.T) {
	checkFind(t, "China had 600 warheads and will probably have over 1,000 by 2030.", []want{
		{"600 warheads", "600 count:warhead", Count}, {"over 1,000", "over 1000 count:warhead", Count}})
	checkFind(t, "The Navy has 290 ships and will reach 350 by 2045.", []want{
		{"290 ships", "290 count:ship", Count}, {"350", "350 count:ship", Count}})
}

// The logistics review: a measure's unit shared with a bare number compared after the
// measure's clause, after "and" with a time, or as a rate after a comma; spare parts; acronyms
// before an irregular participle and after a container.
func TestRound23Logistics(t *testing.T) {
	checkFind(t, "DLA issued 850,000 barrels of diesel in fiscal 2023, up from 710,000 the year before.", []want{
		{"850,000 barrels", "850000 bbl", Volume}, {"710,000", "710000 bbl", Volume}})
	checkFind(t, "Tankers delivered 42,000 gallons on Monday and 38,000 on Tuesday; the depot shipped 80,000 barrels in May, roughly 2,600 a day.", []want{
		{"42,000 gallons", "42000 gal", Volume}, {"38,000", "38000 gal", Volume}, {"80,000 barrels", "80000 bbl", Volume},
		{"roughly 2,600 a day", "roughly 2600 bbl/day", Volume}})
	checkFind(t, "DLA manages 2.1 million spare parts; some 230,000 MREs flown from Okinawa arrived with 1.2 million cases of MREs.", []want{
		{"2.1 million spare parts", "2100000 count:spare part", Count}, {"some 230,000 MREs", "some 230000 count:MRE", Count},
		{"1.2 million cases of MREs", "1200000 count:case of MREs", Count}})
	// negatives: a sum a hundred times the bare number
	checkFind(t, "The budget is $849.8 billion for 2024, up from 816.7 the year before.", []want{
		{"$849.8 billion", "849800000000 USD", Money}, {"816.7", "816.7 number", Number}})
}

// The combat-training-center review: heat in degrees without "temperature", people before an
// irregular past, a "-strong" force before its verb in -s, an acronym in capitals that spells a
// unit, and a band of readings.
func TestRound23TrainingCenters(t *testing.T) {
	checkFind(t, "Highs reached 110 degrees; it was 112 degrees in the shade; the turret rotated 90 degrees.", []want{
		{"110 degrees", "110 deg", Temperature}, {"112 degrees", "112 deg", Temperature}, {"90 degrees", "90 deg", Other}})
	checkFind(t, "About 2,400 Soldiers wore helmets; the 1,200-strong opposing force fields 150 vehicles.", []want{
		{"About 2,400 Soldiers", "about 2400 count:Soldier", Count}, {"1,200-strong", "1200 count:personnel", Count}, {"150 vehicles", "150 count:vehicle", Count}})
	checkFind(t, "They issued 5,000 MILES harnesses; the convoy drove 300 MILES.", []want{
		{"5,000 MILES harnesses", "5000 count:MILES harness", Count}, {"300 MILES", "300 mi", Length}})
	checkFind(t, "Temperatures were in the 110s; the pause lasted 110s.", []want{{"110s", "110 second", Duration}})
}

// The State Partnership Program review: a rate after the place a count is held in.
func TestRound23PlacedRate(t *testing.T) {
	checkFind(t, "The partners hold roughly 20 events in Serbia every year; they held 20 events in June every year.", []want{
		{"roughly 20 events", "roughly 20 count:event/year", Count}, {"20 events", "20 count:event", Count}})
}

// Reviews of training centers and of the State Partnership Program: a model's name in -ies in
// the singular, and a delegation's members.
func TestRound23SentriesAndDelegations(t *testing.T) {
	checkFind(t, "Two E-3 Sentries flew; a delegation of eight visited.", []want{
		{"Two E-3 Sentries", "2 count:E-3 Sentry", Count}, {"eight", "8 count:delegate", Count}})
}

// Reviews of mine action, air mobility and 18th- and 19th-century history: time words end a
// measure's contents, an acronym is what a measure holds, areas take a rate, "over" after a
// model or a spanned list of places is the time taken, models with a Roman numeral in the
// plural, the sides of old wars, and cannon.
func TestRound23MinesAirliftAndHistory(t *testing.T) {
	checkFind(t, "Teams destroyed 300 items of ordnance last year and 40 pieces of UXO; each machine can clear 1.5 hectares a day.", []want{
		{"300 items of ordnance", "300 count:item of ordnance", Count}, {"40 pieces of UXO", "40 count:piece of UXO", Count},
		{"1.5 hectares a day", "1.5 ha/day", Area}})
	checkFind(t, "The wing converted to the KC-46A over three years; crews flew two C-17 Globemaster IIIs.", []want{
		{"three years", "3 year", Duration}, {"two C-17 Globemaster IIIs", "2 count:C-17 Globemaster III", Count}})
	checkFind(t, "About 12,500 Confederates fought; 300 Redcoats surrendered 18 cannon.", []want{
		{"About 12,500 Confederates", "about 12500 count:Confederate", Count}, {"300 Redcoats", "300 count:Redcoat", Count},
		{"18 cannon", "18 count:cannon", Count}})
}

// The mine-action review: the end of a change from a rate keeps the rate.
func TestRound23RateChange(t *testing.T) {
	checkFind(t, "Casualties have fallen from 300 a year to 50; funding grew from $3 million a year to $4 million.", []want{
		{"300 a year", "300 number/year", Number}, {"50", "50 number/year", Number},
		{"$3 million a year", "3000000 USD/year", Money}, {"$4 million", "4000000 USD/year", Money}})
}

// The air-mobility review: "over" a duration after "aircraft" is the time taken.
func TestRound23AircraftOver(t *testing.T) {
	checkFind(t, "Crews retrained on the new aircraft over three years; the aircraft has served over 60 years.", []want{
		{"three years", "3 year", Duration}, {"over 60 years", "over 60 year", Duration}})
}

// Reviews of Army modernization and European logistics: a unit after "more", calibres of small
// arms, rates of hyphenated contents, "over" after a determiner's noun, parts after
// "including" and "among them", and a verb in -s before a pronoun object.
func TestRound23ModernizationAndLogistics(t *testing.T) {
	checkFind(t, "They marched 10 more miles; the 5.56 mm cartridge and 9 mm pistols.", []want{{"10 more miles", "10 mi", Length}})
	checkFind(t, "The plant makes 1.5 billion rounds of small-arms ammunition a year.", []want{
		{"1.5 billion rounds of small-arms ammunition a year", "1500000000 count:round/year", Count}})
	checkFind(t, "Crews unloaded the ship over 36 hours; he served over 20 years.", []want{
		{"36 hours", "36 hour", Duration}, {"over 20 years", "over 20 year", Duration}})
	checkFind(t, "Some 37,000 troops took part, including 20,000 deploying from the United States; 1,400 vehicles, among them 85 on the upper deck.", []want{
		{"Some 37,000 troops", "some 37000 count:troop", Count}, {"20,000", "20000 count:troop", Count},
		{"1,400 vehicles", "1400 count:vehicle", Count}, {"85", "85 count:vehicle", Count}})
	checkFind(t, "The base hosts 4,000 soldiers and trains them.", []want{{"4,000 soldiers", "4000 count:soldier", Count}})
}

// The Cold War review: aircraft and missiles' capitalised plurals.
func TestRound23ColdWarAircraft(t *testing.T) {
	checkFind(t, "Pilots downed 792 MiGs; 40 Phantoms flew; 60 Jupiters were based in Turkey.", []want{
		{"792 MiGs", "792 count:MiG", Count}, {"40 Phantoms", "40 count:Phantom", Count}, {"60 Jupiters", "60 count:Jupiter", Count}})
}

// The Cold War review: "million pounds" restating a mass after a comma is a weight.
func TestRound23PoundsAfterComma(t *testing.T) {
	checkFind(t, "Planes carried 2,000 tons, about 4 million pounds, of supplies; the aid cost 4 million pounds.", []want{
		{"2,000 tons", "2000 ton", Mass}, {"about 4 million pounds", "about 4000000 lb", Mass}, {"4 million pounds", "4000000 GBP", Money}})
}

// The Guard deployments review: a unit of time and "long" written as one word.
func TestRound23Yearlong(t *testing.T) {
	checkFind(t, "They began a yearlong mission and a weeklong exercise; the Belong app.", []want{
		{"yearlong", "1 year", Duration}, {"weeklong", "1 week", Duration}})
}

// The Guard deployments review: "Another N" opening the next sentence counts what the count
// before counts.
func TestRound23AnotherNextSentence(t *testing.T) {
	checkFind(t, "About 120 Soldiers returned Tuesday. Another 60 returned Friday.", []want{
		{"About 120 Soldiers", "about 120 count:Soldier", Count}, {"60", "60 count:Soldier", Count}})
	// negatives: another number after a long sentence
	checkFind(t, "About 120 Soldiers returned Tuesday after a long flight from Kuwait by way of Germany, Ireland, Iceland and Greenland to Bangor in Maine. Another 60 returned.", []want{
		{"About 120 Soldiers", "about 120 count:Soldier", Count}, {"60", "60 number", Number}})
}

// The Gulf War review: "Another N" after a sentence of up to 100 bytes, a month's
// abbreviation in it, or after a semicolon; "and" and a verb before "another".
func TestRound24AnotherAfterLongerSentence(t *testing.T) {
	checkFind(t, "A Scud killed 28 soldiers of the 14th Quartermaster Detachment, a reserve unit from Greensburg, Pennsylvania. Another 99 were wounded.", []want{
		{"28 soldiers", "28 count:soldier", Count}, {"99", "99 count:soldier", Count}})
	checkFind(t, "A Scud killed 28 soldiers on Feb. 25. Another 99 were wounded.", []want{
		{"28 soldiers", "28 count:soldier", Count}, {"99", "99 count:soldier", Count}})
	checkFind(t, "The Scud killed 28 soldiers; another 99 were wounded.", []want{
		{"28 soldiers", "28 count:soldier", Count}, {"99", "99 count:soldier", Count}})
	checkFind(t, "The quake destroyed more than 600,000 homes and damaged another 280,000.", []want{
		{"more than 600,000 homes", "more-than 600000 count:home", Count}, {"280,000", "280000 count:home", Count}})
	checkFind(t, "Medics treated 2,000 patients and later treated another 3,000.", []want{
		{"2,000 patients", "2000 count:patient", Count}, {"3,000", "3000 count:patient", Count}})
}

// The COVID-19 review: a change after a verb of two words ("scaled back", "ramped up") gives
// two figures, the noun of the second for the first; a part "among" a group.
func TestRound24PhrasalChange(t *testing.T) {
	checkFind(t, "Defender-Europe 20 was scaled back from 20,000 to about 6,000 soldiers.", []want{
		{"20,000", "20000 count:soldier", Count}, {"about 6,000 soldiers", "about 6000 count:soldier", Count}})
	checkFind(t, "The program was ramped up from 300 to 500 nurses.", []want{
		{"300", "300 count:nurse", Count}, {"500 nurses", "500 count:nurse", Count}})
	checkFind(t, "There were more than 100,000 cases in the military, including about 65,000 among active-duty members.", []want{
		{"more than 100,000 cases", "more-than 100000 count:case", Count}, {"about 65,000", "about 65000 count:case", Count}})
	// negatives: a range after a verb with no particle of change
	checkFind(t, "Tours will run from 10 to 15 days.", []want{{"10 to 15 days", "10-15 day", Duration}})
}

// The Central Asia review: the region's currencies; "Rs" is the rupee of the briefing's country.
func TestRound24CentralAsianCurrencies(t *testing.T) {
	checkFind(t, "Kazakhstan budgeted 5 billion tenge, Georgia 900 million lari and Tajikistan 1.5 billion somoni.", []want{
		{"5 billion tenge", "5000000000 KZT", Money}, {"900 million lari", "900000000 GEL", Money}, {"1.5 billion somoni", "1500000000 TJS", Money}})
	checkFind(t, "Baku spent 3.4 billion manats and Bishkek 2 billion soms; GEL 900 million; Rs 3.2 trillion.", []want{
		{"3.4 billion manats", "3400000000 Manat", Money}, {"2 billion soms", "2000000000 Som", Money}, {"GEL 900 million", "900000000 GEL", Money},
		{"Rs 3.2 trillion", "3200000000000 Rupee", Money}})
}

// The Cold War review: a fraction "of a" multiplier.
func TestRound23QuarterOfAMillion(t *testing.T) {
	checkFind(t, "A quarter of a million troops left Europe; three quarters of a billion dollars; a quarter of the city.", []want{
		{"A quarter of a million troops", "250000 count:troop", Count}, {"three quarters of a billion dollars", "750000000 USD", Money},
		{"a quarter", "0.25 number", Number}})
}

// The Space Force review: "faster than", "beyond" and "out to" are qualifiers; a year after
// "beyond" is a date.
func TestRound23BeyondAndOutTo(t *testing.T) {
	checkFind(t, "The missile flies faster than Mach 5 and beyond 500 kilometers; radars track targets out to 1,000 miles; troops stayed beyond 2021.", []want{
		{"faster than Mach 5", "more-than 5 Mach", Speed}, {"beyond 500 kilometers", "more-than 500 km", Length}, {"out to 1,000 miles", "up-to 1000 mi", Length}})
}

// Reviews of overseas cemeteries and wildfire support: war dead are counted, and "over" a
// duration after retardant is the time taken.
func TestRound23WarDeadAndRetardant(t *testing.T) {
	checkFind(t, "The cemetery holds 4,409 American war dead; the MAFFS dropped 61,000 gallons of retardant over four days.", []want{
		{"4,409 American war dead", "4409 count:American war dead", Count}, {"61,000 gallons", "61000 gal", Volume}, {"four days", "4 day", Duration}})
}

// The chemical weapons review: a decimal measure joined to a noun after a count, a
// concentration in words, and "part per billion" in the singular.
func TestRound23Concentrations(t *testing.T) {
	checkFind(t, "The convoy included 40 2.5-ton trucks; the limit is 0.0001 milligrams per cubic meter or 1 part per billion.", []want{
		{"40 2.5-ton trucks", "40 count:2.5-ton truck", Count}, {"0.0001 milligrams per cubic meter", "0.0001 mg/m3", Mass},
		{"1 part per billion", "1 ppb", Percent}})
}

// The wildfire review: "crews of N" counts crew members, as "a crew of N" does.
func TestRound23CrewsOf(t *testing.T) {
	checkFind(t, "They sent 10 hand crews of 20 to the fire.", []want{
		{"10 hand crews", "10 count:hand crew", Count}, {"20", "20 count:crew member", Count}})
}

// Reviews of border support, the 2023 earthquakes and bomber task forces: a compared rate
// keeps the count's noun, aid airlifted in pounds is a weight, "over" after a possessive's noun
// is the time taken, magnitudes before a quake's noun and after "a magnitude of", and nations of
// two words before a model.
func TestRound23BorderQuakeBombers(t *testing.T) {
	checkFind(t, "Agents logged 1,200 apprehensions per day in March, down from nearly 4,000 a day.", []want{
		{"1,200 apprehensions per day", "1200 count:apprehension/day", Count}, {"nearly 4,000 a day", "nearly 4000 count:apprehension/day", Count}})
	checkFind(t, "Crews airlifted 1.2 million pounds of aid to Adana and delivered tents to the city's airport over four days.", []want{
		{"1.2 million pounds", "1200000 lb", Mass}, {"four days", "4 day", Duration}})
	checkFind(t, "A 7.8 earthquake struck; it had a magnitude of 7.5.", []want{{"7.8", "7.8 magnitude", Other}, {"magnitude of 7.5", "7.5 magnitude", Other}})
	checkFind(t, "Bombers flew with four South Korean F-15K fighters and four U.S. Navy F/A-18s.", []want{
		{"four South Korean F-15K fighters", "4 count:South Korean F-15K fighter", Count}, {"four U.S. Navy F/A-18s", "4 count:U.S. Navy F/A-18", Count}})
}

// The Gulf War review: a capitalised word after a two-letter name keeps the count ("88 Al
// Hussein missiles"; but "the 75 As NMR spectra" is an isotope); weapons' plurals of that war.
func TestRound24NamesAfterNumbers(t *testing.T) {
	checkFind(t, "Iraq fired 88 Al Hussein missiles, 20 Al-Samoud missiles and 40 Scuds; the allies lost eight Jaguars.", []want{
		{"88 Al Hussein missiles", "88 count:Al Hussein missile", Count}, {"20 Al-Samoud missiles", "20 count:Al-Samoud missile", Count},
		{"40 Scuds", "40 count:Scud", Count}, {"eight Jaguars", "8 count:Jaguar", Count}})
	checkFind(t, "They fired 88 El Hussein missiles.", []want{{"88 El Hussein missiles", "88 count:El Hussein missile", Count}})
	// negatives: an isotope's symbol before a word in capitals
	checkFind(t, "The 75 As NMR spectra and the 75 As-NMR results.", nil)
}

// The Central Asia review: a unit's members after "a battalion of"; the Ebola review: "a
// little over", "slightly more than", "one in every 50", a restatement after what is measured
// with a determiner or a comma before "or".
func TestRound24GroupsSharesAndRestatements(t *testing.T) {
	checkFind(t, "It grew to a full battalion of roughly 600; a brigade of 2,000 arrived.", []want{
		{"roughly 600", "roughly 600 count:personnel", Count}, {"2,000", "2000 count:personnel", Count}})
	checkFind(t, "A little over 7,000 remain; it cost slightly more than $5 million.", []want{
		{"A little over 7,000", "over 7000 number", Number}, {"slightly more than $5 million", "more-than 5000000 USD", Money}})
	checkFind(t, "Ebola killed one in every 50 residents and two out of every three patients recovered.", []want{
		{"one in every 50", "0.02 number", Number}, {"two out of every three", "0.6666666666666666 number", Number}})
	checkRestated(t, "They shipped nearly 600,000 pounds of that aid, or about 272 metric tons.", 1, true)
	checkRestated(t, "They shipped 600,000 pounds of food, or about 100 metric tons.", 1, false)
}

// The Asia relief review: radiation doses and their rates.
func TestRound24Doses(t *testing.T) {
	checkFind(t, "Rates reached 400 millisieverts per hour; crews got up to 100 millisieverts, less than 1 rem.", []want{
		{"400 millisieverts per hour", "400 mSv/hour", Other}, {"up to 100 millisieverts", "up-to 100 mSv", Other},
		{"less than 1 rem", "less-than 1 rem", Other}})
}

// The Central Asia review: a bare number after "and" before a verb in the past tense counts
// what the count before counts.
func TestRound24AndPastVerb(t *testing.T) {
	checkFind(t, "About 130 Armenian peacekeepers served in Kosovo, and roughly 40 deployed to Afghanistan.", []want{
		{"About 130 Armenian peacekeepers", "about 130 count:Armenian peacekeeper", Count}, {"roughly 40", "roughly 40 count:Armenian peacekeeper", Count}})
	// negatives: no count before
	checkFind(t, "He arrived in 2019 and 40 left.", []want{{"40", "40 number", Number}})
}

// The cyber review: an adverb after a counted noun, a rate after a list of nouns, ports and
// IPv6 addresses.
func TestRound24CyberForms(t *testing.T) {
	checkFind(t, "After one mission alone, one network itself was hit.", []want{
		{"one mission", "1 count:mission", Count}, {"one network", "1 count:network", Count}})
	checkFind(t, "The center trains about 11,000 soldiers, civilians and students a year and handles 1,000 takeoffs and landings a day.", []want{
		{"about 11,000 soldiers, civilians and students a year", "about 11000 count:soldier, civilian and student/year", Count},
		{"1,000 takeoffs and landings a day", "1000 count:takeoff and landing/day", Count}})
	// negatives: a port's number, a reactor's, an IPv6 address's last group
	checkFind(t, "Traffic came in on port 443 to 2001:db8::1 near reactor 3.", nil)
}

// The Vietnam and RIMPAC reviews: a vote's tally after "a vote of", "N more" before a verb,
// "Over N days" and a time phrase opening a sentence, irregular participles before "over", a
// people's invariant plural before another count's noun, two capitalised words shared, a
// hyphenated second noun, and a rate after a count and a duration.
func TestRound24HistoryForms(t *testing.T) {
	checkFind(t, "Congress passed it by a vote of 88 to 2. The vote was 416 to 0.", nil)
	checkFind(t, "Seventy-nine Americans were killed, and 155 more died later.", []want{
		{"Seventy-nine Americans", "79 count:American", Count}, {"155", "155 count:American", Count}})
	checkFind(t, "Over 11 days in December 1972, bombers flew 741 sorties; tunnels dug over two decades.", []want{
		{"11 days", "11 day", Duration}, {"741 sorties", "741 count:sortie", Count}, {"two decades", "2 decade", Duration}})
	checkFind(t, "About 50,000 South Vietnamese and 30,000 U.S. troops took part; 2,000 New Zealand and 300 Thai soldiers.", []want{
		{"About 50,000 South Vietnamese", "about 50000 count:South Vietnamese troop", Count}, {"30,000 U.S. troops", "30000 count:U.S. troop", Count},
		{"2,000 New Zealand", "2000 count:New Zealand soldier", Count}, {"300 Thai soldiers", "300 count:Thai soldier", Count}})
	checkFind(t, "They lifted 5,595 Vietnamese and third-country nationals.", []want{
		{"5,595 Vietnamese and third-country nationals", "5595 count:Vietnamese and third-country national", Count}})
	checkFind(t, "They vaccinated more than 3,000 animals over four days, about 750 a day.", []want{
		{"more than 3,000 animals", "more-than 3000 count:animal", Count}, {"four days", "4 day", Duration},
		{"about 750 a day", "about 750 count:animal/day", Count}})
}

// The Pacific exercises review: a breakdown by nation after a colon counts the count before.
func TestRound24BreakdownByNation(t *testing.T) {
	checkFind(t, "Some 14,000 troops took part: about 9,000 American, 5,000 Filipino and 250 Australian.", []want{
		{"Some 14,000 troops", "some 14000 count:troop", Count}, {"about 9,000", "about 9000 count:troop", Count},
		{"5,000", "5000 count:troop", Count}, {"250", "250 count:troop", Count}})
}

// The Katrina, World War I and Red Sea reviews: a list of numbers sharing a unit after a plural,
// "of their own", "several more weeks", a subject's total, "Only N" opening the next sentence,
// "World War I dead", "drafted" after "and", and a change from a rate to one of its own.
func TestRound24TotalsAndLists(t *testing.T) {
	checkFind(t, "The islands lie 8 and 17 miles off the coast; towns 30 and 45 miles away.", []want{
		{"8 and 17 miles", "8,17 mi", Length}, {"30 and 45 miles", "30,45 mi", Length}})
	checkFind(t, "It deployed about 3,000 of their own soldiers for several more weeks.", []want{
		{"about 3,000", "about 3000 count:soldier", Count}, {"several more weeks", "about 3 week", Duration}})
	checkFind(t, "Casualties in the First Army numbered about 7,000. Losses totaled 1,200.", []want{
		{"about 7,000", "about 7000 count:casualty", Count}, {"1,200", "1200 count:loss", Count}})
	checkFind(t, "He led about 550 men into the ravine. Only 194 walked out unhurt.", []want{
		{"about 550 men", "about 550 count:man", Count}, {"194", "194 count:man", Count}})
	checkFind(t, "The cemetery holds 1,541 World War I dead; boards registered 24 million men and drafted 2.8 million.", []want{
		{"1,541 World War I dead", "1541 count:World War I dead", Count}, {"24 million men", "24000000 count:man", Count},
		{"2.8 million", "2800000 count:man", Count}})
	checkFind(t, "Traffic fell from about 72 transits a day to roughly 25 a day.", []want{
		{"about 72 transits a day", "about 72 count:transit/day", Count}, {"roughly 25 a day", "roughly 25 count:transit/day", Count}})
	// negatives: a small number after "numbered" labels
	checkFind(t, "Relative to cases numbered 4, the width grew.", []want{{"4", "4 number", Number}})
}

// The shipyard and military family reviews: a rate before "once", "following" and "instead of"
// a count, "tops", a change with a time between its ends, "spent over", shares "of every" and
// a share after a count, and a collective's verb before a qualifier.
func TestRound24YardsAndFamilies(t *testing.T) {
	checkFind(t, "The yard will reach 2.33 submarines annually once production ramps up.", []want{
		{"2.33 submarines annually", "2.33 count:submarine/year", Count}})
	checkFind(t, "They hired about 5,750 workers in 2024, following 5,000 in 2023; one submarine instead of two.", []want{
		{"about 5,750 workers", "about 5750 count:worker", Count}, {"5,000", "5000 count:worker", Count},
		{"one submarine", "1 count:submarine", Count}, {"two", "2 count:submarine", Count}})
	checkFind(t, "The workforce tops 25,000. The base has shrunk from 17,000 companies in the 1980s to about 3,000 today.", []want{
		{"tops 25,000", "more-than 25000 number", Number}, {"17,000 companies", "17000 count:company", Count},
		{"about 3,000", "about 3000 count:company", Count}})
	checkFind(t, "Many spent over three months in hotels; mold was found in 2 of every 5 units.", []want{
		{"over three months", "over 3 month", Duration}, {"2 of every 5", "0.4 number", Number}})
	checkFind(t, "About 16,000 families live there, and 3 in 10 filed a complaint. A family of four saves about $4,500 a year.", []want{
		{"About 16,000 families", "about 16000 count:family", Count}, {"3 in 10", "0.3 number", Number},
		{"four", "4 count:family member", Count}, {"about $4,500 a year", "about 4500 USD/year", Money}})
}

// The Midnight Hammer, Southern Spear and Derna reviews: a suspended hyphen in the counted
// noun, a part of a whole with a measure before its noun, "all six", Latin American and
// Caribbean currencies, "in two", a part of a possessive's whole, and what rolls and pallets hold.
func TestRound24StrikesAndFloods(t *testing.T) {
	checkFind(t, "Iran fired 14 short- and medium-range ballistic missiles; each bomber can carry two of the 30,000-pound bombs.", []want{
		{"14 short- and medium-range ballistic missiles", "14 count:short- and medium-range ballistic missile", Count},
		{"two", "2 count:30,000-pound bomb", Count}, {"30,000-pound", "30000 lb", Mass}})
	checkFind(t, "Six narco-terrorists were aboard and all six were killed.", []want{
		{"Six narco-terrorists", "6 count:narco-terrorist", Count}, {"six", "6 count:narco-terrorist", Count}})
	checkFind(t, "A reward of 50 million bolivars; TT$40 million; 300 million Dominican pesos; COP 2 billion.", []want{
		{"50 million bolivars", "50000000 VES", Money}, {"TT$40 million", "40000000 TTD", Money},
		{"300 million Dominican pesos", "300000000 DOP", Money}, {"COP 2 billion", "2000000000 COP", Money}})
	checkFind(t, "The flood cut the city in two and washed away four of the city's bridges.", []want{{"four", "4 count:bridge", Count}})
	checkFind(t, "They delivered 200 rolls of plastic sheeting and 40 pallets of winter clothing.", []want{
		{"200 rolls of plastic sheeting", "200 count:roll of plastic sheeting", Count},
		{"40 pallets of winter clothing", "40 count:pallet of winter clothing", Count}})
	// negatives: "in two days" is a duration
	checkFind(t, "They left in two days.", []want{{"two days", "2 day", Duration}})
}

// The Baltic cables, South Asia and Guard deployment reviews: a corps's number, data and media
// before a noun, "shallower than", euro cents, ", leaving some", a force raised to a number, and
// the items of a list whose verb and noun were written once.
func TestRound24CablesCorpsAndGuard(t *testing.T) {
	checkFind(t, "The 15 Corps reported drones; 3,000 Marine Corps personnel; two data cables and two media outlets.", []want{
		{"3,000 Marine Corps personnel", "3000 count:Marine Corps personnel", Count}, {"two data cables", "2 count:data cable", Count},
		{"two media outlets", "2 count:media outlet", Count}})
	checkFind(t, "In waters shallower than 100 m prices rose by 3.5 euro cents.", []want{
		{"shallower than 100 m", "less-than 100 m", Length}, {"3.5 euro cents", "3.5 EUR-cent", Money}})
	checkFind(t, "The governor released about 3,700 of the Guardsmen, leaving some 300 on duty.", []want{
		{"about 3,700", "about 3700 count:Guardsman", Count}, {"some 300", "some 300 count:Guardsman", Count}})
	checkFind(t, "They sent another 500 Guard members, raising the force in the District to roughly 2,500.", []want{
		{"500 Guard members", "500 count:Guard member", Count}, {"roughly 2,500", "roughly 2500 count:Guard member", Count}})
	checkFind(t, "Mississippi sent 200 troops, Louisiana 135 and Tennessee 160.", []want{
		{"200 troops", "200 count:troop", Count}, {"135", "135 count:troop", Count}, {"160", "160 count:troop", Count}})
	// negatives: a catalogue's designation after a comma
	checkFind(t, "Sources included 3C286, NGC 7027, and 3C84.", nil)
}

// The OIR, Somali piracy, OEF and Iraq reviews: food calories, "killing all seven", "tens of
// thousands" after a count, "in two or three", "gas" before nouns, "thousands more", the second
// of two slashed battalions, and "over" after a place or a noun phrase of two words.
func TestRound24OldWarsAndPirates(t *testing.T) {
	checkFind(t, "Each packet held about 2,200 calories. The crash killed all seven on board.", []want{
		{"about 2,200 calories", "about 2200 kcal", Other}, {"seven", "7 count:killed", Count}})
	checkFind(t, "They dropped about half a million leaflets and tens of thousands of rations; pirates attacked in two or three skiffs.", []want{
		{"about half a million leaflets", "about 500000 count:leaflet", Count}, {"tens of thousands of rations", "about 30000 count:ration", Count},
		{"two or three skiffs", "2-3 count:skiff", Count}})
	checkFind(t, "Strikes hit about 2,600 oil and gas infrastructure targets; thousands more civilians fled Raqqa.", []want{
		{"about 2,600 oil and gas infrastructure targets", "about 2600 count:oil and gas infrastructure target", Count},
		{"thousands more civilians", "about 3000 count:civilian", Count}})
	checkFind(t, "Marines of 3/1 and 3/5 cleared the Jolan district.", nil)
	checkFind(t, "They advanced toward the city center over two days and cleared Ramadi over four months.", []want{
		{"two days", "2 day", Duration}, {"four months", "4 month", Duration}})
	// negatives: "over" after a verb of lasting is more than
	checkFind(t, "The program lasted over five years.", []want{{"over five years", "over 5 year", Duration}})
}

// The Raqqa and Kabul reviews: a running total written before its object, and "at one time" and
// "one-time", which count no times.
func TestRound24TotalsBeforeObjects(t *testing.T) {
	checkFind(t, "More than 3,000 civilians fled Raqqa, bringing to nearly 4,000 the number who have escaped.", []want{
		{"More than 3,000 civilians", "more-than 3000 count:civilian", Count}, {"nearly 4,000", "nearly 4000 count:civilian", Count}})
	checkFind(t, "The terminal held up to 12,000 at one time; a one-time payment of $1,225 each.", []want{
		{"up to 12,000", "up-to 12000 number", Number}, {"$1,225 each", "1225 USD/item", Money}})
}

// The al-Shabaab, Iraq 2017, Afghanistan 2017-19 and Sirte reviews: "One U.S. Soldier",
// "Only one civilian", a year before a plural of operations, vague parts "of the", teams of N,
// a fleet raised to a number, and a plural possessive before the whole.
func TestRound24LateCampaigns(t *testing.T) {
	checkFind(t, "One U.S. Soldier was killed. Only one civilian was wounded; he is the only one.", []want{
		{"One U.S. Soldier", "1 count:U.S. Soldier", Count}, {"one civilian", "1 count:civilian", Count}})
	checkFind(t, "The 2017 operations followed; dozens of the fighters were foreigners.", []want{
		{"dozens of the fighters", "about 36 count:fighter", Count}})
	checkFind(t, "Advisers worked in teams of about 12. Six more A-29 aircraft arrived, bringing its fleet to 12.", []want{
		{"about 12", "about 12 count:personnel", Count}, {"Six more A-29 aircraft", "6 count:A-29 aircraft", Count}, {"12", "12 count:A-29 aircraft", Count}})
	checkFind(t, "They seized 12 of the fighters' weapons caches.", []want{{"12", "12 count:weapons cache", Count}})
}

// The Ukraine 2022 and Gaza pier reviews: a hedged figure after "perhaps", but not a speaker's
// correction; a bare number after a semicolon before a verb.
func TestRound24HedgesAndSemicolons(t *testing.T) {
	cases := map[string][]want{
		"Russian forces control perhaps 90 percent of Luhansk Oblast.": {{"perhaps 90 percent", "about 90 percent", Percent}},
		"A storm broke four Army vessels loose; two beached near Ashdod.": {
			{"four Army vessels", "4 count:Army vessel", Count}, {"two", "2 count:Army vessel", Count}},
		// negatives: a correction keeps its own words
		"We fired about 60, maybe 70 rounds.": {{"about 60", "about 60 count:round", Count}, {"70 rounds", "70 count:round", Count}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}
