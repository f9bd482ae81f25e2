package figure

import "testing"

// TestFindLogisticsPhrasing covers phrasings of logistics, budget and press-briefing text: spoken
// qualifiers and ranges in words, ranges of four-digit counts, and a change stated with the level
// it reaches.
func TestFindLogisticsPhrasing(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		// two numbers in words joined by "and", the second with its own hundred
		{"somewhere between two hundred and two hundred fifty operators", []want{{"between two hundred and two hundred fifty operators", "200-250 count:operator", Count}}},
		{"two hundred and twenty-five soldiers", []want{{"two hundred and twenty-five soldiers", "225 count:soldier", Count}}},
		{"two thousand and five hundred troops", []want{{"two thousand and five hundred troops", "2500 count:troop", Count}}},
		// "north of" and "south of" a number: more and less than it
		{"We're north of two hundred now, and south of $50 a share.", []want{{"north of two hundred", "more-than 200 number", Number}, {"south of $50", "less-than 50 USD", Money}}},
		{"The camp lies north of Route 7.", nil},
		// a range of four-digit whole numbers that counts a noun is no span of years
		{"1500 to 2000 troops rotate each week.", []want{{"1500 to 2000 troops", "1500-2000 count:troop", Count}}},
		{"between 1200 and 1800 soldiers", []want{{"between 1200 and 1800 soldiers", "1200-1800 count:soldier", Count}}},
		{"From 2014 to 2017 ISIS fighters held it; the 2019-2020 season.", nil},
		{"fiscal 2025 through 2029 defense funds", nil},
		// "by" a change "to" a level after a verb of change: two figures
		{"It grows by $3.1 billion to $143.2 billion.", []want{{"$3.1 billion", "3100000000 USD", Money}, {"$143.2 billion", "143200000000 USD", Money}}},
		{"The runway was extended by 600 feet to 8,000 feet.", []want{{"600 feet", "600 ft", Length}, {"8,000 feet", "8000 ft", Length}}},
		{"Costs were cut by 10 to 15 percent.", []want{{"10 to 15 percent", "10-15 percent", Percent}}},
		{"Prices rose by 5% to 8%.", []want{{"5% to 8%", "5-8 percent", Percent}}},
		{"The unit was reduced by 200 to 300 soldiers.", []want{{"200 to 300 soldiers", "200-300 count:soldier", Count}}},
	}
	for _, tc := range tests {
		checkFind(t, tc.in, tc.want)
	}
}
