package figure

import "testing"

// TestRound15Briefings: cases from contract announcements, transcripts, maritime and relief
// releases.
func TestRound15Briefings(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		// "One" at a sentence's start counts a model, and is no count before a verb
		{"One UH-1Y crashed near the village.", []want{{"One UH-1Y", "1 count:UH-1Y", Count}}},
		{"One MV-22 Osprey landed.", []want{{"One MV-22 Osprey", "1 count:MV-22 Osprey", Count}}},
		{"One flew for about 70 minutes.", []want{{"about 70 minutes", "about 70 minute", Duration}}},
		// a unit's word that begins a compound is no unit
		{"The Army bought 240 night-vision goggles.", []want{{"240 night-vision goggles", "240 count:night-vision goggle", Count}}},
		{"a 9 mm-caliber pistol and a 5 mile-long convoy", []want{{"9 mm", "9 mm", Length}, {"5 mile", "5 mi", Length}}},
		// pounds of support are money, pounds of cargo weight
		{"The UK will send a further 400 million pounds of military support.", []want{{"400 million pounds", "400000000 GBP", Money}}},
		{"A Sea Viper missile costs around one million pounds each.", []want{{"around one million pounds each", "around 1000000 GBP/item", Money}}},
		{"The ship carried 1.1 million pounds of cargo.", []want{{"1.1 million pounds", "1100000 lb", Mass}}},
		// positions written with the typographer's marks, or without marks
		{"The team located the dhow at 12°35’N 56°10’E, then at 76.5 N, 155.0 W.", nil},
		// invariant plurals of nations, and a nation's singular keeps its capital
		{"Tens of thousands of Lebanese have fled.", []want{{"Tens of thousands of Lebanese", "about 30000 count:Lebanese", Count}}},
		{"The crew included four Vietnamese and one Nepali.", []want{{"four Vietnamese", "4 count:Vietnamese", Count}, {"one Nepali", "1 count:Nepali", Count}}},
		// a share after "by" and an approximating word
		{"Revenue from the canal fell by roughly half in 2024.", []want{{"roughly half", "roughly 0.5 number", Number}}},
		// a change of a long object's value
		{"The modification brings the total cumulative face value of the contract from $1,160,000,000 to $1,423,000,000.",
			[]want{{"$1,160,000,000", "1160000000 USD", Money}, {"$1,423,000,000", "1423000000 USD", Money}}},
		{"The heaters raised the bath to the maximum measured temperature from 70 to 78°C.", []want{{"70 to 78°C", "70-78 degC", Temperature}}},
		// a year after "in" or "since", written with no separator, before the sentence's subject
		{"At the Bucharest summit in 2008 allies agreed. The brigade sent 2000 troops.", []want{{"2000 troops", "2000 count:troop", Count}}},
		// a vague count's rate, and a noun after two modifiers joined by "and"
		{"The Marines were processing thousands of Afghans a day.", []want{{"thousands of Afghans a day", "about 3000 count:Afghan/day", Count}}},
		{"The package includes 1,600 strike and air defence missiles.", []want{{"1,600 strike and air defence missiles", "1600 count:strike and air defence missile", Count}}},
		// currencies by their codes before the number, and by their names
		{"It ordered tanks for about NOK 19.9 billion (roughly £1.5 billion).", []want{{"about NOK 19.9 billion", "about 19900000000 NOK", Money}, {"roughly £1.5 billion", "roughly 1500000000 GBP", Money}}},
		{"It unveiled a DKK 14.6 billion package and 5 billion zloty.", []want{{"DKK 14.6 billion", "14600000000 DKK", Money}, {"5 billion zloty", "5000000000 PLN", Money}}},
		{"The U.S. announced ₱50 million in aid.", []want{{"₱50 million", "50000000 PHP", Money}}},
		// "US" is no pronoun before a noun
		{"About 10,000 US troops are in Poland; he told us 10 times.", []want{{"About 10,000 US troops", "about 10000 count:US troop", Count}, {"10 times", "10 times", Other}}},
		// "one" before an adjective is the pronoun; a singular noun after four words
		{"They killed 3 senior ISIS leaders, including one responsible for planning attacks.", []want{{"3 senior ISIS leaders", "3 count:senior ISIS leader", Count}}},
		{"The destroyer shot down 1 land attack cruise missile.", []want{{"1 land attack cruise missile", "1 count:land attack cruise missile", Count}}},
		// a model's name of two words in the plural
		{"Two Black Hawks crashed near Mosul.", []want{{"Two Black Hawks", "2 count:Black Hawk", Count}}},
		// a length squared is an area; money per a unit of time after a slash
		{"It cleared 4 km squared, paid at $15.4/hour.", []want{{"4 km squared", "4 km2", Area}, {"$15.4/hour", "15.4 USD/hour", Money}}},
		// police is the same in the plural and modifies the noun after it
		{"Kenya sent some 400 police officers.", []want{{"some 400 police officers", "some 400 count:police officer", Count}}},
		// British battalions abbreviated, and people named so
		{"Soldiers of 3 SCOTS, 1 Yorks and (1 R ANGLIAN) moved with 200 Irish soldiers.", []want{{"200 Irish soldiers", "200 count:Irish soldier", Count}}},
		// British battalions
		{"Reports say 2 Para and 45 Commando are on standby.", nil},
	} {
		checkFind(t, c.in, c.want)
	}
}
