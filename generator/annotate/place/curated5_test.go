package place

import "testing"

// Installations, islands and towns briefings name that GeoNames lacks, and other names of
// GeoNames places (curated.tsv).
func TestCuratedInstallations(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"F-22s left Joint Base Elmendorf-Richardson for Guam; Army helicopters flew from Wheeler Army Airfield on Oahu to Kwajalein.",
			[]want{{"Joint Base Elmendorf-Richardson", "US", "feature", -179}, {"Guam", "GU", "country", 0},
				{"Wheeler Army Airfield", "US", "feature", -180}, {"Oahu", "US", "feature", -189}, {"Kwajalein", "MH", "feature", -188}}},
		{"A Voyager tanker flew from RAF Brize Norton to Cyprus; a second left Brize Norton later.",
			[]want{{"RAF Brize Norton", "GB", "feature", -181}, {"Cyprus", "CY", "country", 0}, {"Brize Norton", "GB", "feature", -181}}},
		{"HIMARS fired from Andøya while troops trained at Setermoen and Bardufoss in Norway.",
			[]want{{"Andøya", "NO", "region2", 6453318}, {"Setermoen", "NO", "region2", 3162043}, {"Bardufoss", "NO", "feature", -182}, {"Norway", "NO", "country", 0}}},
		{"Eurofighters flew from Ämari in Estonia.",
			[]want{{"Ämari", "EE", "feature", -183}, {"Estonia", "EE", "country", 0}}},
		{"Missiles hit Nevatim Air Base; troops entered Khiam and Bint Jbeil in Lebanon.",
			[]want{{"Nevatim Air Base", "IL", "feature", -184}, {"Khiam", "LB", "feature", -186}, {"Bint Jbeil", "LB", "feature", -185}, {"Lebanon", "LB", "country", 0}}},
		{"Marines trained at Puerto Belgrano near Bahía Blanca, and a site opened on Balabac Island in Palawan.",
			[]want{{"Puerto Belgrano", "AR", "feature", -187}, {"Bahía Blanca", "AR", "city", 0}, {"Balabac Island", "PH", "city", 1728675}, {"Palawan", "PH", "region2", 0}}},
		{"A P-8A from RAAF Base Edinburgh, near Adelaide, tracked ships in the Tasman Sea.",
			[]want{{"RAAF Base Edinburgh", "AU", "feature", -190}, {"Adelaide", "AU", "city", 0}, {"Tasman Sea", "", "feature", -193}}},
		{"B-1 bombers from Ellsworth Air Force Base and Dyess flew to Guam.",
			[]want{{"Ellsworth Air Force Base", "US", "feature", -191}, {"Dyess", "US", "feature", -192}, {"Guam", "GU", "country", 0}}},
		{"The RSF attacked El Fasher in North Darfur and Nyala in South Darfur.",
			[]want{{"El Fasher", "SD", "city", 0}, {"North Darfur", "SD", "region1", 408666}, {"Nyala", "SD", "city", 0}, {"South Darfur", "SD", "region1", 408660}}},
		{"Troops deployed to Kinmen and Matsu, Taiwan's outlying islands.",
			[]want{{"Kinmen", "TW", "feature", -1953}, {"Matsu", "TW", "feature", -1952}, {"Taiwan", "TW", "country", 0}}},
		{"Russian ships passed Bornholm; Greek F-16s flew over the Aegean.",
			[]want{{"Bornholm", "DK", "feature", -194}, {"Aegean", "", "feature", -65}}},
		{"Drones hit a patrol ship near Snake Island; grain ships left Odesa and Pivdennyi.",
			[]want{{"Snake Island", "UA", "feature", -195}, {"Odesa", "UA", "city", 0}, {"Pivdennyi", "UA", "city", 687997}}},
		// negatives: the names that contain the towns' names are no longer read as them
		{"Lt. Col. Sam Wheeler met Gen. Richardson in Anchorage.", []want{{"Anchorage", "US", "city", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
