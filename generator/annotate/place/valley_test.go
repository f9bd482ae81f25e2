package place

import "testing"

// A name before "Valley" names a valley the gazetteer lacks (those it has match whole, as
// curated.tsv's do): the town or country of that name is meant only where the document's
// context supports it, as before "River".
func TestNameBeforeValley(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Patients across the Thames Valley, in Oxford and Reading, need drivers.", nil, // curated: no Thames, New Zealand
			[]want{{"Thames Valley", "GB", "feature", -1084}, {"Oxford", "GB", "city", 0}, {"Reading", "GB", "city", 0}}},
		{"The army cleared Swat and moved into the Kalam Valley.", []string{"PK"}, // curated since: Kalam and its valley
			[]want{{"Swat", "PK", "region2", 1164211}, {"Kalam Valley", "PK", "feature", -2217}}},
		{"Settlers expanded in the Jordan Valley near Jericho.", []string{"IL", "PS"},
			[]want{{"Jordan Valley", "", "feature", -321}, {"Jericho", "PS", "city", 0}}},
		{"Troops patrolled the Swat Valley and the Panjshir Valley; Hezbollah moved rockets through the Bekaa Valley.", nil,
			[]want{{"Swat Valley", "PK", "region2", 1164211}, {"Panjshir Valley", "AF", "region1", 6957555}, {"Bekaa Valley", "LB", "feature", -320}}},
		{"Militants crossed the Ferghana Valley; soldiers fought in the Pech Valley and along the Diyala River Valley; Guardsmen trained in the Shenandoah Valley.", nil,
			[]want{{"Ferghana Valley", "", "feature", -322}, {"Pech Valley", "AF", "feature", -323}, {"Diyala River Valley", "IQ", "feature", -324}, {"Shenandoah Valley", "US", "feature", -325}}},
	})
}
