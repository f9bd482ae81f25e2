package place

import "testing"

// Bases, ranges and towns of recent briefings on the Gulf, the Philippines, Korea, Romania,
// Okinawa, Israel's north and the Sudan–Ethiopia–Eritrea borders that the GeoNames extract lacks or
// gives no point (curated.tsv).
func TestCuratedBasesRangesAndBorderTowns(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Naval Support Activity Bahrain in Manama and Isa Air Base hosted the talks.", []string{"BH"},
			[]want{{"Naval Support Activity Bahrain", "BH", "feature", 0}, {"Manama", "BH", "city", 0}, {"Isa Air Base", "BH", "feature", -347}}},
		{"Marines fired launchers from Batan Island in the Batanes, and soldiers trained at Fort Magsaysay in Nueva Ecija.", []string{"PH"},
			[]want{{"Batan Island", "PH", "feature", -348}, {"Batanes", "PH", "region2", 0}, {"Fort Magsaysay", "PH", "feature", -349}, {"Nueva Ecija", "PH", "region2", 0}}},
		{"Rockets fell on Kiryat Shmona and the Galilee; a drone crashed near the Sea of Galilee.", []string{"IL", "LB"},
			[]want{{"Kiryat Shmona", "IL", "city", 0}, {"Galilee", "IL", "feature", -350}, {"Sea of Galilee", "IL", "feature", -351}}},
		{"Families left Hasakah for Mosul through the Rabia crossing.", []string{"IQ", "SY"},
			[]want{{"Hasakah", "SY", "city", 0}, {"Mosul", "IQ", "city", 0}, {"Rabia crossing", "IQ", "feature", -352}}},
		{"Paratroopers deployed to Mihail Kogalniceanu Air Base near Constanta, and to MK Air Base again in May.", []string{"RO"},
			[]want{{"Mihail Kogalniceanu Air Base", "RO", "feature", -353}, {"Constanta", "RO", "city", 0}, {"MK Air Base", "RO", "feature", -353}}},
		{"Troops trained at Rodriguez Live Fire Complex in Pocheon, in Gimpo, in Yeoncheon, in Dongducheon and at Camp Carroll.", []string{"KR"},
			[]want{{"Rodriguez Live Fire Complex", "KR", "feature", -358}, {"Pocheon", "KR", "feature", -354}, {"Gimpo", "KR", "feature", -355},
				{"Yeoncheon", "KR", "feature", -356}, {"Dongducheon", "KR", "feature", -357}, {"Camp Carroll", "KR", "feature", -359}}},
		{"The ship docked at White Beach Naval Facility on Okinawa.", []string{"JP"},
			[]want{{"White Beach Naval Facility", "JP", "feature", -360}, {"Okinawa", "JP", "region1", 0}}},
		{"Evacuees crossed into Ethiopia at Metema and Gallabat. Eritrea closed the Tesseney crossing.", []string{"SD", "ET", "ER"},
			[]want{{"Ethiopia", "ET", "country", 0}, {"Metema", "ET", "feature", -362}, {"Gallabat", "SD", "feature", -363}, {"Eritrea", "ER", "country", 0}, {"Tesseney", "ER", "feature", -361}}},
		// negatives: people of the names, and a bare "Rabia"
		{"Rabia Ahmed was named coach; Galilee Smith scored twice.", nil, nil},
	})
}

// The Red Sea's southern and northern parts as U.S. Central Command names them, apart from
// Eritrea's regions of those names (curated.tsv).
func TestCuratedRedSeaParts(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The drones flew into the shipping lanes of the Southern Red Sea.", []string{"YE"},
			[]want{{"Southern Red Sea", "", "feature", -380}}},
		{"Ships in the Northern Red Sea and the Gulf of Aden were attacked.", []string{"YE"},
			[]want{{"Northern Red Sea", "", "feature", -381}, {"Gulf of Aden", "", "feature", 0}}},
		{"Floods hit the Southern Red Sea region of Eritrea near Assab.", []string{"ER"},
			[]want{{"Southern Red Sea region", "ER", "region1", 448499}, {"Eritrea", "ER", "country", 0}, {"Assab", "ER", "city", 0}}},
	})
}
