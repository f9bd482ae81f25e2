package place

import "testing"

// A name right after a storm's head is the storm's ("Hurricane Florence" is no Florence,
// Italy), and says nothing of where the text is.
func TestStormNames(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"After Hurricane Florence, Marines from Camp Lejeune cleared roads near Jacksonville, North Carolina.", []string{"US"},
			[]want{{"Camp Lejeune", "US", "feature", 0}, {"Jacksonville", "US", "city", 0}, {"North Carolina", "US", "region1", 0}}},
		{"Hurricane Michael devastated Mexico Beach; Tropical Storm Milton weakened.", []string{"US"},
			[]want{{"Mexico Beach", "US", "city", 0}}},
		{"Typhoon Haiyan struck Tacloban.", []string{"PH"},
			[]want{{"Tacloban", "PH", "city", 0}}},
	})
}

// The United Kingdom's four nations are named as nations: their small namesakes abroad give
// way as a big region's do.
func TestHomeNations(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"USS Gerald R. Ford departed Norfolk, Virginia, and conducted exercises off Scotland with the Royal Navy.", []string{"US"},
			[]want{{"Norfolk", "US", "city", 0}, {"Virginia", "US", "region1", 0}, {"Scotland", "GB", "region1", 0}}},
		{"The destroyer sailed from Rota, Spain, to Faslane, Scotland, and sailors from San Diego trained in Wales.", []string{"US", "ES"},
			[]want{{"Rota", "ES", "city", 0}, {"Spain", "ES", "country", 0}, {"Scotland", "GB", "region1", 0}, {"San Diego", "US", "city", 0}, {"Wales", "GB", "region1", 0}}},
	})
}
