package figure

import "testing"

// TestFindBriefingPhrasing covers phrasings of briefings: models and names before a counted
// noun, units read by context, amounts in parts, identifiers and vague counts.
func TestFindBriefingPhrasing(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		// one unit of time and a smaller part in a number: one duration
		{"The flight lasted an hour and 45 minutes.", []want{{"an hour and 45 minutes", "6300 second", Duration}}},
		{"The siege lasted a year and two months.", []want{{"a year and two months", "36816444 second", Duration}}},
		{"an hour and 5 miles later", []want{{"5 miles", "5 mi", Length}}},
		{"an hour and a half", []want{{"an hour and a half", "1.5 hour", Duration}}},
		// a model named by a word and a number, or with variants after a slash
		{"The army sent 14 Challenger 2 tanks.", []want{{"14 Challenger 2 tanks", "14 count:Challenger 2 tank", Count}}},
		{"18 Leopard 2A6 tanks", []want{{"18 Leopard 2A6 tanks", "18 count:Leopard 2A6 tank", Count}}},
		{"44 F/A-18E/F Super Hornets", []want{{"44 F/A-18E/F Super Hornets", "44 count:F/A-18E/F Super Hornet", Count}}},
		{"two F/A-18E/Fs", []want{{"two F/A-18E/Fs", "2 count:F/A-18E/F", Count}}},
		// a share by half ending a clause, as "cut by a fifth."
		{"Attacks are down by half.", []want{{"half", "0.5 number", Number}}},
		{"By half past nine", []want{{"nine", "9 number", Number}}},
		// a factor in one word
		{"Costs rose tenfold, then nearly threefold.", []want{{"tenfold", "10 fold", Other}, {"nearly threefold", "nearly 3 fold", Other}}},
		{"a manifold error", nil},
		// "a handful of": a vague count
		{"A handful of soldiers stayed for a handful of days.", []want{{"A handful of soldiers", "about 5 count:soldier", Count}, {"a handful of days", "about 5 day", Duration}}},
		{"A handful of them left.", nil},
		// "nm" in a sentence of ships, aircraft or the sea is nautical miles
		{"The carrier sailed 4,000 nm across the Pacific.", []want{{"4,000 nm", "4000 nmi", Length}}},
		{"Patrol aircraft covered 300 NM of sea.", []want{{"300 NM", "300 nmi", Length}}},
		{"The laser emits light at 532 nm.", []want{{"532 nm", "532 nm", Length}}},
		{"Light in the band 400-700 nm. The ship sailed 20 nm.", []want{{"400-700 nm", "400-700 nm", Length}, {"20 nm", "20 nmi", Length}}},
		{"a carrier lattice of a=0.246nm", []want{{"0.246nm", "0.246 nm", Length}}},
		// a capitalised number word that starts a name
		{"Five Eyes partners met in Ottawa.", nil},
		{"Officials of the Five Eyes met.", nil},
		{"Two Reapers crashed and Three Marines died.", []want{{"Two Reapers", "2 count:Reaper", Count}, {"Three Marines", "3 count:Marine", Count}}},
		{"Three Iraqi soldiers were hurt.", []want{{"Three Iraqi soldiers", "3 count:Iraqi soldier", Count}}},
		// a ratio is no figure
		{"Attackers held a 3-to-1 ratio.", nil},
		{"Attackers held a two-to-one ratio in one-to-one talks with three ships.", []want{{"three ships", "3 count:ship", Count}}},
		{"They won by a 2 to 1 margin, then 3 to 5 troops left.", []want{{"3 to 5 troops", "3-5 count:troop", Count}}},
		// identifiers and grid references
		{"Report ID: 12345 was filed and case #4567 closed.", nil},
		{"The patrol reached grid 38S MB 12345 67890 at noon.", nil},
		{"grid MB 1234 5678 and grid 123456", nil},
		{"The drive holds 500 MB of data.", []want{{"500 MB", "500 MB", Other}}},
		// a chemical's locants
		{"Traces of 2-methylpropane gas and 1-butene were found.", nil},
		{"2,4-dinitrotoluene and 2,4,6-trinitrotoluene", nil},
		{"a 3-month plan", []want{{"3-month", "3 month", Duration}}},
		// an age as a noun spans the whole word, as "18-year-old" does
		{"All 18-year-olds must register.", []want{{"18-year-olds", "18 year", Duration}}},
		// counts joined by "and" share the noun after the second
		{"The mission included 250 Australian and 100 French forces.", []want{{"250 Australian", "250 count:Australian force", Count}, {"100 French forces", "100 count:French force", Count}}},
		{"About 200 U.S. and 150 Polish troops", []want{{"About 200 U.S.", "about 200 count:U.S. troop", Count}, {"150 Polish troops", "150 count:Polish troop", Count}}},
		{"250 Marines and 100 French forces", []want{{"250 Marines", "250 count:Marine", Count}, {"100 French forces", "100 count:French force", Count}}},
		{"in 2020 Congress and 100 French forces", []want{{"100 French forces", "100 count:French force", Count}}},
		// a name and its acronym in parentheses before the counted noun
		{"It has 1,500 African Union Transition Mission in Somalia (ATMIS) troops.", []want{{"1,500 African Union Transition Mission in Somalia (ATMIS) troops", "1500 count:ATMIS troop", Count}}},
		{"About 300 Iraqi Security Forces (ISF) members", []want{{"About 300 Iraqi Security Forces (ISF) members", "about 300 count:ISF member", Count}}},
		{"It sent 20 soldiers to the African Union (AU) mission.", []want{{"20 soldiers", "20 count:soldier", Count}}},
		// degrees of a heat index or a wind chill are Fahrenheit
		{"The heat index reached 104 degrees on Tuesday.", []want{{"104 degrees", "104 degF", Temperature}}},
		{"The wind chill fell to minus 30 degrees.", []want{{"minus 30 degrees", "-30 degF", Temperature}}},
		{"Temperatures reached 104 degrees. The ship turned 40 degrees.", []want{{"104 degrees", "104 deg", Temperature}, {"40 degrees", "40 deg", Other}}},
		{"The heat index was high, with lows of 20 degrees.", []want{{"20 degrees", "20 deg", Temperature}}}, // lows: a temperature, its scale unsaid (not the index's °F)
		// a year named by "fiscal" or "FY", and the end of a span of them, counts nothing
		{"Fiscal 2024 aircraft procurement (Navy) funds of $9,000 were obligated.", []want{{"$9,000", "9000 USD", Money}}},
		{"It uses fiscal 2025 through 2029 defense working capital funds.", nil},
		{"FY 2024-2026 Army funds and fiscal year 2023 Navy funds", nil},
		{"The unit sent 2000 troops and 2024 vehicles.", []want{{"2000 troops", "2000 count:troop", Count}, {"2024 vehicles", "2024 count:vehicle", Count}}},
		// a noun of three letters in -ed joined to a number counts, a participle does not
		{"The team runs a 25-bed unit and a 4-wheeled cart.", []want{{"25-bed", "25 count:bed", Count}, {"4", "4 number", Number}}},
		// a formation's number before its name in the singular
		{"3 Commando Brigade and 16 Air Assault Brigade were held at 5 days' notice.", []want{{"5 days", "5 day", Duration}}},
		{"It relieved 1 (UK) Division and 617 Squadron.", nil},
		{"The corps has 3 brigades and 12 battalions.", []want{{"3 brigades", "3 count:brigade", Count}, {"12 battalions", "12 count:battalion", Count}}},
		// an hour or a day counted from an operation's start
		{"The assault began at H+30, and Phase II at D+5 with 20+ countries.", []want{{"20+ countries", "more-than 20 count:country", Count}}},
		// European combat aircraft and vehicles named in the plural
		{"The RAF will base 12 Typhoons there; France sent four Rafales.", []want{{"12 Typhoons", "12 count:Typhoon", Count}, {"four Rafales", "4 count:Rafale", Count}}},
		// a designator after "to", a modal or a pronoun is a verb ("20 more" counts the troops
		// left out, see TestFindElidedNoun)
		{"The army will station 300 troops there, and they station 20 more.", []want{{"300 troops", "300 count:troop", Count}, {"20", "20 count:troop", Count}}},
		{"Troops from Station 300 left.", nil},
		{"It moved from phase 3 to phase 5.", nil},
		// "twenty-four seven" said for 24/7
		{"We'll be there twenty-four seven, Twenty-four/seven, with twenty-four trucks.", []want{{"twenty-four trucks", "24 count:truck", Count}}},
		{"It has twenty-four seven-ton trucks.", []want{{"twenty-four seven-ton trucks", "24 count:seven-ton truck", Count}}},
		{"It took twenty-four, then seven more.", []want{{"twenty-four", "24 number", Number}, {"seven", "7 number", Number}}},
		// a data rate in terabits per second
		{"The attack peaked at 3.5 Tbps, up from 100 Gbps.", []want{{"3.5 Tbps", "3.5 Tbps", Other}, {"100 Gbps", "100 Gbps", Other}}},
		// a code of laws or regulations cited by its title and section
		{"It was sole-source under 10 U.S.C. 2304(c)(1) and 10 U.S. Code 3204, per 48 C.F.R. 52.204.", nil},
		{"Rules in 32 CFR 117 apply; 10 USC students came.", []want{{"10 USC students", "10 count:USC student", Count}}},
		// "a couple of": a vague count of two
		{"A couple of ships left after a couple of days; a couple of things remain.", []want{{"A couple of ships", "about 2 count:ship", Count}, {"a couple of days", "about 2 day", Duration}}},
		// a plural in -men is of a noun in -man
		{"The wing recruited 24,100 airmen and 300 seamen.", []want{{"24,100 airmen", "24100 count:airman", Count}, {"300 seamen", "300 count:seaman", Count}}},
		{"They tested 40 tissue specimen slides and 12 specimen.", []want{{"40 tissue specimen slides", "40 count:tissue specimen slide", Count}, {"12", "12 number", Number}}},
	}
	for _, tc := range tests {
		checkFind(t, tc.in, tc.want)
	}
}
