package figure

import "testing"

// Rules from new test paragraphs on Coast Guard interdictions and missile defence tests.

func TestFindRunningTotal(t *testing.T) {
	// a bare number giving the running total counts the things the count before it counts
	checkFind(t, "The agency will add 20 more interceptors at Fort Greely, bringing the total to 64.", []want{
		{"20 more interceptors", "20 count:interceptor", Count}, {"64", "64 count:interceptor", Count}})
	checkFind(t, "The cutter repatriated 88 Cubans, bringing the total for fiscal year 2023 to more than 6,100.", []want{
		{"88 Cubans", "88 count:Cuban", Count}, {"more than 6,100", "more-than 6100 count:Cuban", Count}})
	checkFind(t, "Crews seized 12 boats on Monday, for a total of 40.", []want{
		{"12 boats", "12 count:boat", Count}, {"40", "40 count:boat", Count}})
	// negatives: a total with a noun of its own, or a number before a verb, is no running total
	checkFind(t, "Crews seized 12 boats, bringing the total of interdictions to 64.", []want{
		{"12 boats", "12 count:boat", Count}, {"64", "64 number", Number}})
	checkFind(t, "Crews seized 12 boats, and a total of 40 arrived.", []want{
		{"12 boats", "12 count:boat", Count}, {"40", "40 number", Number}})
}

func TestFindElidedSubject(t *testing.T) {
	// a bare number before an auxiliary, after "and", is the subject with its noun left out
	checkFind(t, "In 2022, 19 people were injured and 4 were killed.", []want{
		{"19 people", "19 count:person", Count}, {"4", "4 count:person", Count}})
	// negative: without "and" joining them in one clause
	checkFind(t, "Officials said 19 people were injured. Of the wounded, 4 were soldiers.", []want{
		{"19 people", "19 count:person", Count}, {"4", "4 number", Number}})
}

func TestFindPartsPerTrillion(t *testing.T) {
	checkFind(t, "Wells held PFOS above 70 parts per trillion and 4 parts per billion of PFOA.", []want{
		{"above 70 parts per trillion", "over 70 ppt", Percent}, {"4 parts per billion", "4 ppb", Percent}})
	// negative: the symbol "ppt" is also parts per thousand, and stays unread
	checkFind(t, "Salinity was 35 ppt.", []want{{"35", "35 number", Number}})
}

func TestFindRunningTotalSince(t *testing.T) {
	checkFind(t, "Officials reported 15 new cases, bringing its total to 620 since February.", []want{
		{"15 new cases", "15 count:new case", Count}, {"620", "620 count:new case", Count}})
}
