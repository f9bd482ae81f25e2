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
