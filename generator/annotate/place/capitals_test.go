package place

import "testing"

// A town named like a capital or a big region's seat abroad takes no weight from the
// briefing's theatre without a place of its region or one near it: a briefing on the United
// States names Brussels and Paris as the world does, and Cairo, Illinois, where it says so.
func TestCapitalsInHomeTheatre(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Officials in Damascus and Moscow reacted; talks followed in Paris, Lima, Cairo, Athens, London, Dublin, Berlin and Brussels.", us,
			[]want{{"Damascus", "SY", "city", 0}, {"Moscow", "RU", "city", 0}, {"Paris", "FR", "city", 0}, {"Lima", "PE", "city", 0},
				{"Cairo", "EG", "city", 0}, {"Athens", "GR", "city", 0}, {"London", "GB", "city", 0}, {"Dublin", "IE", "city", 0},
				{"Berlin", "DE", "city", 0}, {"Brussels", "BE", "city", 0}}},
		{"The secretary flew to Brussels for the NATO meeting.", us,
			[]want{{"Brussels", "BE", "city", 0}}},
		// nor its country's share of the places of a briefing on it
		{"Ministers met counterparts in Washington, Paris and Ottawa; troops returned to Catterick and Tidworth.", []string{"GB"},
			[]want{{"Washington", "US", "city", 0}, {"Paris", "FR", "city", 0}, {"Ottawa", "CA", "city", 0}, {"Catterick", "GB", "city", 0}, {"Tidworth", "GB", "city", 0}}},
		{"Cadets from Washington and Sunderland paraded.", []string{"GB"},
			[]want{{"Washington", "GB", "city", 0}, {"Sunderland", "GB", "city", 0}}},
		// the towns, where a place of their state or one near them says so
		{"Guardsmen helped flood victims in Cairo, Illinois, Paris, Texas, Moscow, Idaho, and Lima, Ohio.", us,
			[]want{{"Cairo", "US", "city", 0}, {"Illinois", "US", "region1", 0}, {"Paris", "US", "city", 0}, {"Texas", "US", "region1", 0},
				{"Moscow", "US", "city", 0}, {"Idaho", "US", "region1", 0}, {"Lima", "US", "city", 0}, {"Ohio", "US", "region1", 0}}},
		{"Others trained in Damascus, Maryland.", us,
			[]want{{"Damascus", "US", "city", 0}, {"Maryland", "US", "region1", 0}}},
		{"Flood crews worked in Pullman and Moscow.", us,
			[]want{{"Pullman", "US", "city", 0}, {"Moscow", "US", "city", 0}}},
		// a town 100 km off is no such support
		{"The 82nd Airborne Division left Fort Liberty for Warsaw and Vilnius.", us,
			[]want{{"Fort Liberty", "US", "city", 0}, {"Warsaw", "PL", "city", 0}, {"Vilnius", "LT", "city", 0}}},
	})
}

// A capital named beside a capital's namesake gives it no support for lying near: the text
// says who speaks there. Other places near the town still do.
func TestCapitalGivesNamesakeNoNearness(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Officials in Washington, London, Paris and Vienna welcomed the deployment.", []string{"PL", "DE"},
			[]want{{"Washington", "US", "city", 0}, {"London", "GB", "city", 0}, {"Paris", "FR", "city", 0}, {"Vienna", "AT", "city", 0}}},
		{"Officials in Washington, London, Paris and Vienna welcomed the deployment.", nil,
			[]want{{"Washington", "US", "city", 0}, {"London", "GB", "city", 0}, {"Paris", "FR", "city", 0}, {"Vienna", "AT", "city", 0}}},
		// a briefing that names the United States: an unlikely town of another name near a
		// namesake gives it no support
		{"The last U.S. aircraft left Afghanistan; the United States ended its war. Officials in Washington, Paris and Vienna praised the airlift.", []string{"AF"},
			[]want{{"U.S.", "US", "country", 0}, {"Afghanistan", "AF", "country", 0}, {"United States", "US", "country", 0},
				{"Washington", "US", "city", 0}, {"Paris", "FR", "city", 0}, {"Vienna", "AT", "city", 0}}},
		// a city found by an old name of it (Aleppo, once Berea) makes no town a capital's namesake
		{"A Berea man was charged after a fight with store employees and Berea police; Richmond officers helped.", nil,
			[]want{{"Berea", "US", "city", 0}, {"Berea", "US", "city", 0}, {"Richmond", "US", "city", 0}}},
		{"Commuters from Arlington, Alexandria and Vienna crowded the Washington Metro.", nil,
			[]want{{"Arlington", "US", "city", 0}, {"Alexandria", "US", "city", 0}, {"Vienna", "US", "city", 0}, {"Washington", "US", "city", 0}}},
	})
}

// National capitals listed together are capitals, though a place of a namesake's state is
// named elsewhere in the briefing; a namesake whose state the text gives stays the town.
func TestCapitalsListedTogether(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Officials in Washington, Paris and Vienna praised the airlift; bombs were discussed at Fort Gregg-Adams.", []string{"AF"},
			[]want{{"Washington", "US", "city", 0}, {"Paris", "FR", "city", 0}, {"Vienna", "AT", "city", 0}, {"Fort Gregg-Adams", "US", "city", 0}}},
		{"Commuters from Vienna, Virginia, and Washington crowded the Metro.", nil,
			[]want{{"Vienna", "US", "city", 0}, {"Virginia", "US", "region1", 0}, {"Washington", "US", "city", 0}}},
	})
}
