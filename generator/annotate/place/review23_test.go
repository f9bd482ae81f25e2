package place

import "testing"

// The Falklands review: curated settlements, hills and waters of the 1982 campaign; the
// islands' short name; a name right after a cardinal number is a formation's or a craft's
// (but a number counts the place's people or things before a plural noun).
func TestReviewFalklands(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"2 Para attacked Darwin and Goose Green.", []string{"FK"},
			[]want{{"Darwin", "FK", "feature", -2072}, {"Goose Green", "FK", "feature", -2071}}},
		{"The brigade landed at San Carlos on 1 June.", []string{"FK"}, []want{{"San Carlos", "FK", "feature", -2068}}},
		{"45 Commando marched across East Falkland to Teal Inlet.", nil,
			[]want{{"East Falkland", "FK", "feature", -2065}, {"Teal Inlet", "FK", "feature", -2075}}},
		{"Typhoon jets are stationed at Mount Pleasant.", []string{"FK"}, []want{{"Mount Pleasant", "FK", "feature", -690}}},
		{"The task force sailed for the Falklands.", nil, []want{{"Falklands", "FK", "country", 3474414}}},
		{"The Vulcan flew from Wideawake airfield.", nil, []want{{"Wideawake airfield", "SH", "feature", -2085}}},
		{"The mission needed 11 Victor tankers.", nil, nil},
		{"Two Hercules landed at Stanley.", []string{"FK"}, []want{{"Stanley", "FK", "city", 3426691}}},
		// negatives: the US town with its state; a number before people of the place
		{"He was born in Mount Pleasant, South Carolina.", nil,
			[]want{{"Mount Pleasant", "US", "city", 4588165}, {"South Carolina", "US", "region1", 0}}},
		{"About 55 Gainesville residents marched in Florida.", nil,
			[]want{{"Gainesville", "US", "city", 0}, {"Florida", "US", "region1", 0}}},
		{"Aircraft struck 12 Mosul neighbourhoods.", []string{"IQ"}, []want{{"Mosul", "IQ", "city", 0}}},
		{"On June 5 Mosul was quiet.", []string{"IQ"}, []want{{"Mosul", "IQ", "city", 0}}},
	})
}

// The reviews of Australian releases, of the 2017 Caribbean hurricanes and of the Iraq no-fly
// zones: a mission's or an administration's name ending "to X" or "in X"; ships after "MV";
// curated places of East Timor, the Solomon Islands, Australia and Puerto Rico; the press
// spellings of Oruzgan, Duhok and Tallil.
func TestReviewPacificCaribbeanIraq(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The United Nations Transitional Administration in East Timor took over.", []string{"TL"}, nil},
		{"The UN Mission of Support in East Timor followed.", []string{"TL"}, nil},
		{"The Regional Assistance Mission to Solomon Islands arrived in Honiara.", []string{"SB"},
			[]want{{"Honiara", "SB", "city", 0}}},
		{"MV Sycamore carried evacuees to Western Port.", []string{"AU"}, []want{{"Western Port", "AU", "feature", -2096}}},
		{"Troops moved into Balibo near the border with West Timor.", []string{"TL"},
			[]want{{"Balibo", "TL", "feature", -2088}, {"West Timor", "ID", "feature", -2091}}},
		{"The patrol base lay near Tarin Kowt in Uruzgan province.", []string{"AF"},
			[]want{{"Tarin Kowt", "AF", "city", 0}, {"Uruzgan province", "AF", "region1", 1131461}}},
		{"Shelters opened in the Florida Keys and the Virgin Islands.", nil,
			[]want{{"Florida Keys", "US", "feature", 0}, {"Virgin Islands", "VI", "country", 4796775}}},
		{"Crews restored the Palo Seco power plant near Toa Baja.", []string{"PR"},
			[]want{{"Palo Seco power plant", "PR", "feature", -2100}, {"Toa Baja", "PR", "region1", 0}}},
		{"Jets struck a missile site near Talil.", []string{"IQ"}, []want{{"Talil", "IQ", "feature", -1446}}},
		{"Aircraft flew over Dohuk, Erbil and Sulaymaniyah provinces.", []string{"IQ"},
			[]want{{"Dohuk", "IQ", "region1", 97270}, {"Erbil", "IQ", "region1", 0}, {"Sulaymaniyah", "IQ", "region1", 0}}},
		// negatives: the city; a trade mission goes to the country
		{"Two people were killed in Dohuk on Monday.", []string{"IQ"}, []want{{"Dohuk", "IQ", "city", 96994}}},
		{"The Ukraine Trade Mission to Nigeria met in Lagos.", nil,
			[]want{{"Nigeria", "NG", "country", 0}, {"Lagos", "NG", "city", 0}}},
	})
}
