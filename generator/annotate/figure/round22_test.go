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
