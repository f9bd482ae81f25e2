package figure

import "testing"

// TestRound16Currencies: the currencies of briefings on Taiwan, Korea and the Philippines.
func TestRound16Currencies(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Taiwan will spend NT$19 billion on drones.", []want{{"NT$19 billion", "19000000000 TWD", Money}}},
		{"The legislature added 30 billion New Taiwan dollars.", []want{{"30 billion New Taiwan dollars", "30000000000 TWD", Money}}},
		{"Seoul set aside 59.4 trillion won for defense.", []want{{"59.4 trillion won", "59400000000000 KRW", Money}}},
		{"It costs about 2 trillion Korean won.", []want{{"about 2 trillion Korean won", "about 2000000000000 KRW", Money}}},
		{"Manila allotted PHP 2 billion and PHP 35,000 a month.", []want{{"PHP 2 billion", "2000000000 PHP", Money}, {"PHP 35,000 a month", "35000 PHP/month", Money}}},
		// negatives: "won" as a verb (8 of the 12 teams: a part of a count), and the programming language
		{"Of the 12 teams, 8 won.", []want{{"12 teams", "12 count:team", Count}, {"8", "8 count:team", Count}}},
		{"The portal runs PHP 8 on two servers.", []want{{"two servers", "2 count:server", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}

// TestRound16Budget: budget and acquisition releases.
func TestRound16Budget(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		// the year prices are given in is no sum
		{"The program costs $1.2 billion in 2022 dollars, or $1.4 billion in constant 2024 dollars.", []want{{"$1.2 billion", "1200000000 USD", Money}, {"$1.4 billion", "1400000000 USD", Money}}},
		{"They spent 2022 dollars on it.", []want{{"2022 dollars", "2022 USD", Money}}},
		// a capital and a digit before a noun name a model, not a unit with a power
		{"Poland bought 180 K2 tanks and 48 K9 howitzers.", []want{{"180 K2 tanks", "180 count:K2 tank", Count}, {"48 K9 howitzers", "48 count:K9 howitzer", Count}}},
		{"The floor is 5 m2.", []want{{"5 m2", "5 m2", Area}}},
		// a fuel's grade between the volume and its rate
		{"Ships burn 100,000 to 150,000 gallons of JP-5 a day.", []want{{"100,000 to 150,000 gallons of JP-5 a day", "100000-150000 gal/day", Volume}}},
		// "one" begins a range after "from" or "between"
		{"It builds from one to 20 vessels a year.", []want{{"one to 20 vessels a year", "1-20 count:vessel/year", Count}}},
		{"between one and 20 ships", []want{{"between one and 20 ships", "1-20 count:ship", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}
