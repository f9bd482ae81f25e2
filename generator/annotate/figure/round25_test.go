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
