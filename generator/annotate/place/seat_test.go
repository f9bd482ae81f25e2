package place

import "testing"

// A city that names its first-level region stays the city when a town of the region is named
// beside it: the region's point (the centre of its places) and its count of the names inside
// it do not outweigh the seat, nor does GeoNames spelling the city's name another way.
func TestSeatBesideTownOfItsRegion(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Kherson and Nova Kakhovka were shelled.", []string{"UA"},
			[]want{{"Kherson", "UA", "city", 706448}, {"Nova Kakhovka", "UA", "city", 0}}},
		{"Zaporizhzhia and Enerhodar were shelled.", []string{"UA"},
			[]want{{"Zaporizhzhia", "UA", "city", 687700}, {"Enerhodar", "UA", "city", 0}}},
		{"Grain ships left Odesa; Mykolaiv and Ochakiv were shelled.", []string{"UA"},
			[]want{{"Odesa", "UA", "city", 0}, {"Mykolaiv", "UA", "city", 700569}, {"Ochakiv", "UA", "city", 0}}},
		// the regions where the text says so, a province far bigger than its seat, and a
		// region with no city of its name
		{"Fighting continued in the Kherson, Zaporizhzhia and Donetsk regions.", []string{"UA"},
			[]want{{"Kherson", "UA", "region1", 706442}, {"Zaporizhzhia", "UA", "region1", 687699}, {"Donetsk", "UA", "region1", 0}}},
		{"Quebec and Montreal voted.", []string{"CA"},
			[]want{{"Quebec", "CA", "region1", 0}, {"Montreal", "CA", "city", 0}}},
		{"Strikes near Diyala and Baqubah.", []string{"IQ"},
			[]want{{"Diyala", "IQ", "region1", 0}, {"Baqubah", "IQ", "city", 0}}},
	})
}

// "X in Y", where Y names a region and its seat, is the region when X lies away from the seat,
// the city when X lies within 30 km of it.
func TestInSeatOrRegion(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Detainees are held at the Ghwayran prison in Hasakah.", []string{"SY"},
			[]want{{"Ghwayran prison", "SY", "feature", -418}, {"Hasakah", "SY", "city", 173811}}},
		{"U.S. forces withdrew from Air Base 201 in Agadez.", []string{"NE"},
			[]want{{"U.S.", "US", "country", 0}, {"Air Base 201", "NE", "feature", 0}, {"Agadez", "NE", "city", 2448085}}},
		{"Tabqa, in Raqqa, was retaken.", []string{"SY"},
			[]want{{"Tabqa", "SY", "city", 0}, {"Raqqa", "SY", "region1", 172957}}},
		{"Kobani, in Aleppo, was retaken.", []string{"SY"},
			[]want{{"Kobani", "SY", "city", 0}, {"Aleppo", "SY", "region1", 170062}}},
		{"Nova Kakhovka, in Kherson, was shelled.", []string{"UA"},
			[]want{{"Nova Kakhovka", "UA", "city", 0}, {"Kherson", "UA", "region1", 706442}}},
		{"Trainers at Camp Taji in Baghdad graduated a class.", []string{"IQ"},
			[]want{{"Camp Taji", "IQ", "feature", 0}, {"Baghdad", "IQ", "city", 98182}}},
		// a town near the seat is in the region: "Place, State"
		{"Residents of Norman, Oklahoma, met.", nil,
			[]want{{"Norman", "US", "city", 0}, {"Oklahoma", "US", "region1", 4544379}}},
		{"Residents of Edmond, Oklahoma, met.", nil,
			[]want{{"Edmond", "US", "city", 0}, {"Oklahoma", "US", "region1", 4544379}}},
		{"Raqqa, Raqqah and Ar Raqqah.", nil,
			[]want{{"Raqqa", "SY", "city", 0}, {"Raqqah", "SY", "city", 0}, {"Ar Raqqah", "SY", "city", 0}}},
	})
}
