package figure

import "testing"

// The Falklands review: a list of formations' numbers before their name in the plural, and
// the Special Air Service's and Special Boat Service's numbers, are no figures.
func TestRound25FormationLists(t *testing.T) {
	cases := map[string][]want{
		"Pilots of 800 and 801 Naval Air Squadrons flew Sea Harriers.": nil,
		"Vulcans of 44, 50 and 101 Squadrons took part.":               nil,
		"The airfield was raided by 22 SAS and 2 SBS.":                 nil,
		// negatives: a list of counts, and a formation's name in the plural after one number
		"Crews flew 44, 50 and 101 sorties.": {{"44, 50 and 101 sorties", "44,50,101 count:sortie", Count}},
		"The wing lost 3 and 4 aircraft.":    {{"3 and 4 aircraft", "3,4 count:aircraft", Count}},
		"The division fielded 3 brigades.":   {{"3 brigades", "3 count:brigade", Count}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The Australian and Falklands reviews: "within a fortnight" reads as "within two weeks"; a
// qualifier before "every" qualifies the interval; "over" a duration after "on" and a name is
// the time taken.
func TestRound25IntervalsAndSpending(t *testing.T) {
	checkFind(t, "Residents returned within a fortnight; the garrison rotates roughly every four months.", []want{
		{"within a fortnight", "up-to 2 week", Duration}, {"roughly every four months", "roughly 4 month", Duration}})
	checkFind(t, "Australia spent AUD 2.6 billion on RAMSI over 14 years.", []want{
		{"AUD 2.6 billion", "2600000000 AUD", Money}, {"14 years", "14 year", Duration}})
	// negatives: "within a week" says when; "every" with no qualifier; "lasted over" is more than
	checkFind(t, "They returned within a week and rotate every 90 days; it lasted over 14 years.", []want{
		{"90 days", "90 day", Duration}, {"over 14 years", "over 14 year", Duration}})
}

// The Restore Hope, Canadian, Kargil and Falklands reviews: a strength written apart ("about
// 4,000 strong"), "Not one", a dollar's code after the sum and "CA$", Indian battalions, a part
// of a named possessor's plural, and a rate after a restatement in brackets.
func TestRound25StrengthsBattalionsRates(t *testing.T) {
	cases := map[string][]want{
		"The French garrison, about 4,000 strong, stayed; the team was 12 strong.": {
			{"about 4,000 strong", "about 4000 count:personnel", Count}, {"12 strong", "12 count:personnel", Count}},
		"Not one American was killed.": nil,
		"Canada will spend $2.6 billion CAD and CA$1.2 billion.": {
			{"$2.6 billion CAD", "2600000000 CAD", Money}, {"CA$1.2 billion", "1200000000 CAD", Money}},
		"Tololing fell to 18 Grenadiers and 8 Sikh; the 4 Jat and 16 Bihar held, with 1/11 Gorkha Rifles.": nil,
		"Rangers tried to capture two of Aidid's lieutenants.":                                             {{"two", "2 count:lieutenant", Count}},
		"Each C-5 carried up to 270,000 pounds (about 122 metric tons) of cargo per sortie.": {
			{"up to 270,000 pounds", "up-to 270000 lb/sortie", Mass}, {"about 122 metric tons", "about 122 t/sortie", Mass}},
		// negatives: strong as an adjective, "One" counts, soldiers of a regiment, no rate
		"Three strong candidates applied; One American was hurt.": {
			{"Three strong candidates", "3 count:strong candidate", Count}, {"One American", "1 count:American", Count}},
		"Eight Sikh soldiers were decorated.":         {{"Eight Sikh soldiers", "8 count:Sikh soldier", Count}},
		"The road ran 40 miles (64 km) to the coast.": {{"40 miles", "40 mi", Length}, {"64 km", "64 km", Length}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The Berlin Airlift review: "as little as", "as few as" and "as low as" are the least a
// figure came to.
func TestRound25AsLittleAs(t *testing.T) {
	checkFind(t, "C-54s were unloaded in as little as 10 minutes, with as few as 300 flights a day.", []want{
		{"as little as 10 minutes", "at-least 10 minute", Duration}, {"as few as 300 flights a day", "at-least 300 count:flight/day", Count}})
}

// The Southern Command and Bundeswehr reviews: a year compared with is no figure, and a German
// unit's compound name numbers it at the start of a sentence too.
func TestRound25YearsComparedAndGermanUnits(t *testing.T) {
	cases := map[string][]want{
		"Seizures showed a 30% increase over 2019 and 2020; costs were higher than 2019.": {{"30%", "30 percent", Percent}},
		"Panzerbrigade 45 was formally put into service; Jägerbataillon 292 trained.":     nil,
		// negatives: a count after the number
		"More than 2000 troops and over 2000 vehicles came.": {
			{"More than 2000 troops", "more-than 2000 count:troop", Count}, {"over 2000 vehicles", "over 2000 count:vehicle", Count}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The Lebanon and Georgia reviews: "N more" opening the next sentence counts the count
// before it; "spent" or "given" over a duration is the time taken.
func TestRound25MoreAndSpent(t *testing.T) {
	checkFind(t, "Ships carried about 15,000 Americans to Cyprus. Some 1,300 more were flown out.", []want{
		{"about 15,000 Americans", "about 15000 count:American", Count}, {"Some 1,300", "some 1300 count:American", Count}})
	checkFind(t, "The money was to be spent over three years; officials spent over three years on the plan.", []want{
		{"three years", "3 year", Duration}, {"over three years", "over 3 year", Duration}})
}

// The Southern Command review: two counts joined by "and" share the noun when the later one's
// modifier has several capitalised words.
func TestRound25SharedNounAfterLongModifier(t *testing.T) {
	checkFind(t, "JTF-Bravo deployed two CH-47 Chinook and three UH-60 Black Hawk helicopters.", []want{
		{"two CH-47 Chinook", "2 count:CH-47 Chinook helicopter", Count}, {"three UH-60 Black Hawk helicopters", "3 count:UH-60 Black Hawk helicopter", Count}})
	checkFind(t, "Britain sent 12 Leopard and 14 Challenger 2 tanks.", []want{
		{"12 Leopard", "12 count:Leopard tank", Count}, {"14 Challenger 2 tanks", "14 count:Challenger 2 tank", Count}})
}

// The no-fly-zone and Southern Command reviews: two counts joined by "and" share the noun
// after one lower-case modifier each, but not after a participle or a word of quantity.
func TestRound25SharedNounAfterLowerModifier(t *testing.T) {
	cases := map[string][]want{
		"They lost 14 heavy and 6 light tanks.": {
			{"14 heavy", "14 count:heavy tank", Count}, {"6 light tanks", "6 count:light tank", Count}},
		"Two destroyer and three frigate crews trained.": {
			{"Two destroyer", "2 count:destroyer crew", Count}, {"three frigate crews", "3 count:frigate crew", Count}},
		// negatives
		"They sent 3 more and 5 other ships.": {{"3", "3 number", Number}, {"5 other ships", "5 count:ship", Count}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The EUNAVFOR and Syria-strikes reviews: two years joined are no count of what follows them,
// and an adjective of time before a noun of cost or amount makes a rate.
func TestRound25YearSpansAndRateAdjectives(t *testing.T) {
	cases := map[string][]want{
		"Between 2015 and 2019 ships of Operation Sophia saved 45,000 people.": {{"45,000 people", "45000 count:person", Count}},
		"In 2016 and 2017 migrants crossed.":                                   nil,
		"The ship operated at a monthly cost of €9 million; the daily running cost was $80,000.": {
			{"€9 million", "9000000 EUR/month", Money}, {"$80,000", "80000 USD/day", Money}},
		"The average daily cost of operations was $13.6 million.": {{"$13.6 million", "13600000 USD/day", Money}},
		// negatives: a range of counts; a noun that is no cost or amount
		"Between 20 and 30 ships sailed; a daily briefing of 40 reporters met.": {
			{"Between 20 and 30 ships", "20-30 count:ship", Count}, {"40 reporters", "40 count:reporter", Count}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The Pakistan floods and Grenada reviews: cusecs and cumecs are flows, "militia" counts
// people, and "over" a duration after a place's name with "St." and an apostrophe is the time
// taken.
func TestRound25FlowsMilitiaAndSaints(t *testing.T) {
	checkFind(t, "The Indus rose to 964,000 cusecs; the Kabul River carried 900 cumecs.", []want{
		{"964,000 cusecs", "964000 ft3/second", Volume}, {"900 cumecs", "900 m3/second", Volume}})
	checkFind(t, "The PRA had 1,500 soldiers and 2,000 militia; troops moved toward St. George's over three days.", []want{
		{"1,500 soldiers", "1500 count:soldier", Count}, {"2,000 militia", "2000 count:militia", Count}, {"three days", "3 day", Duration}})
	// negative: a next sentence whose own verb comes before the number keeps it bare
	checkFind(t, "The Army awarded more than 8,600 medals. The Navy gave out about 700 more.", []want{
		{"more than 8,600 medals", "more-than 8600 count:medal", Count}, {"about 700", "about 700 number", Number}})
}

// The Black Sea review: "at most" or "at least" after the noun, a British "m" for million
// before a unit, and a submarine's class named Kilo.
func TestRound25BlackSea(t *testing.T) {
	cases := map[string][]want{
		"The ships could fire a salvo of 24 missiles at most.": {{"24 missiles at most", "at-most 24 count:missile", Count}},
		"Exports reached 5.2m tonnes, then 5.2 mln tonnes.": {
			{"5.2m tonnes", "5200000 t", Mass}, {"5.2 mln tonnes", "5200000 t", Mass}},
		"Three Kilo-class submarines sailed.": {{"Three Kilo-class submarines", "3 count:Kilo-class submarine", Count}},
		// negatives: metres; kilos in lower case
		"The mast is 20 m tall; 20m of cable; they seized 3 kilos of heroin.": {
			{"20 m", "20 m", Length}, {"20m", "20 m", Length}, {"3 kilos", "3 kg", Mass}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The Pacific war review: plurals in -zes after a vowel keep their -e, "as short as" is the
// least a figure came to, and a capitalised Zero mid-sentence is the fighter.
func TestRound25PacificWar(t *testing.T) {
	checkFind(t, "Six kamikazes hit the ship at ranges as short as 4,000 yards; two blitzes followed.", []want{
		{"Six kamikazes", "6 count:kamikaze", Count}, {"as short as 4,000 yards", "at-least 4000 yd", Length}, {"two blitzes", "2 count:blitz", Count}})
	checkFind(t, "A Zero struck the carrier. Zero hour came at dawn; zero casualties were reported.", []want{
		{"zero casualties", "0 count:casualty", Count}})
}

// The Haiti 1994 review: a bare number after a verb of change and "to" is the count's new
// level.
func TestRound25ChangedTo(t *testing.T) {
	checkFind(t, "The force, which numbered about 7,000 men, was reduced to about 1,500 by early 1995.", []want{
		{"about 7,000 men", "about 7000 count:man", Count}, {"about 1,500", "about 1500 count:man", Count}})
	// negative: no count before it
	checkFind(t, "They fired 40 rockets; prices rose to 50.", []want{{"40 rockets", "40 count:rocket", Count}, {"50", "50 number", Number}})
}

// The Korean DMZ, Kosovo and Haiti reviews: "either half" is one of two halves, and a share
// "half" before a verb in the past or before "and".
func TestRound25Halves(t *testing.T) {
	cases := map[string][]want{
		"Guards may enter either half of the DMZ.":                      nil,
		"Nearly half went to Albania.":                                  {{"Nearly half", "nearly 0.5 number", Number}},
		"Sanctions reduced fuel imports by half and cut exports.":       {{"half", "0.5 number", Number}},
		"More than half of the DMZ is mined; each half has its guards.": {{"More than half", "more-than 0.5 number", Number}},
	}
	for in, w := range cases {
		checkFind(t, in, w)
	}
}

// The Italian campaign review: a half-track is a vehicle.
func TestRound25HalfTrack(t *testing.T) {
	checkFind(t, "The column included a half-track and 12 trucks.", []want{{"12 trucks", "12 count:truck", Count}})
}

// The Typhoon Mawar review: "over" a duration after "between" two places is the time taken.
func TestRound25BetweenPlacesOver(t *testing.T) {
	checkFind(t, "Crews moved 45 tons of supplies between Guam and Rota over 10 days.", []want{
		{"45 tons", "45 ton", Mass}, {"10 days", "10 day", Duration}})
}
