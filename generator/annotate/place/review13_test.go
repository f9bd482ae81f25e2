package place

import "testing"

// Places of briefings on Operation Inherent Resolve that the GeoNames extract lacks or spells
// otherwise (curated.tsv): the SDF's camp town Ain Issa, the screening site Hammam al-Alil south of
// Mosul, and the Qayyarah West airfield; the town of Qayyarah alone stays the town.
func TestCuratedReview13Rows(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"The coalition delivered supplies to camps at Ain Issa, north of Raqqa."}, nil),
		[]want{{"Ain Issa", "SY", "city", 172134}, {"Raqqa", "SY", "city", 0}})
	check(t, m.Resolve([]string{"Civilians fleeing Mosul were screened at Hammam al-Alil."}, nil),
		[]want{{"Mosul", "IQ", "city", 0}, {"Hammam al-Alil", "IQ", "feature", -240}})
	check(t, m.Resolve([]string{"Advisers at Qayyarah West Airfield, 60 kilometers south of Mosul, support the 15th Division."}, nil),
		[]want{{"Qayyarah West Airfield", "IQ", "feature", -241}, {"Mosul", "IQ", "city", 0}})
	// negatives: the town of Qayyarah, with a lower-case compass word after it too
	check(t, m.Resolve([]string{"Iraqi forces retook Qayyarah, south of Mosul, in August."}, nil),
		[]want{{"Qayyarah", "IQ", "city", 99003}, {"Mosul", "IQ", "city", 0}})
	check(t, m.Resolve([]string{"Fighters held Qayyarah west of the Tigris until August."}, nil),
		[]want{{"Qayyarah", "IQ", "city", 99003}, {"Tigris", "IQ", "feature", 0}})
}
