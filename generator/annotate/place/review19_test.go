package place

import "testing"

// Counties, rivers and regions of Great Britain that the GeoNames extract lacks: metropolitan
// and ceremonial counties, historic counties of Scotland, Powys by its English name, the Thames
// and the Severn.

func TestCuratedBritishCounties(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Volunteer drivers help patients across the Thames Valley, including in Reading and Slough, Berkshire.", nil,
			[]want{{"Thames Valley", "GB", "feature", -1084}, {"Reading", "GB", "city", 0}, {"Slough", "GB", "city", 0}, {"Berkshire", "GB", "feature", -1069}}},
		{"The soldier, from Bradford in West Yorkshire, served with the Yorkshire Regiment. Police in Greater Manchester and Merseyside said the men were arrested in Liverpool.", []string{"GB"},
			[]want{{"Bradford", "GB", "city", 0}, {"West Yorkshire", "GB", "feature", -1075}, {"Greater Manchester", "GB", "feature", -1070},
				{"Merseyside", "GB", "feature", -1071}, {"Liverpool", "GB", "city", 0}}},
		{"The exercise took place near Brecon, in Powys. Troops from Glasgow, Lanarkshire and Ayrshire joined.", []string{"GB"},
			[]want{{"Brecon", "GB", "city", 0}, {"Powys", "GB", "region2", 2639944}, {"Glasgow", "GB", "city", 0},
				{"Lanarkshire", "GB", "feature", -1078}, {"Ayrshire", "GB", "feature", -1079}}},
		{"Boats patrolled the River Thames in London and the River Severn at Worcester.", []string{"GB"},
			[]want{{"River Thames", "GB", "feature", -1082}, {"London", "GB", "city", 0}, {"River Severn", "GB", "feature", -1083}, {"Worcester", "GB", "city", 0}}},
		// negative: the county in Massachusetts keeps its name, and no county inside a company's
		{"Berkshire Hathaway bought shares. In Pittsfield, Berkshire County, Massachusetts, officials met.", []string{"US"},
			[]want{{"Pittsfield", "US", "city", 0}, {"Berkshire County", "US", "region2", 0}, {"Massachusetts", "US", "region1", 0}}},
	})
}

// A county's or a city's officer after its name leaves the name a place ("Cuyahoga County
// Executive Armond Budish", "the Butler County Coroner's Office"), as a governor or a sheriff
// does; a council or a department after it makes the name part of an organisation's.
func TestPlaceBeforeOfficersTitle(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Cuyahoga County Executive Armond Budish spoke, and the Butler County Coroner's Office confirmed the deaths.", []string{"US"},
			[]want{{"Cuyahoga County", "US", "region2", 0}, {"Butler County", "US", "region2", 0}}},
		{"Licking County Prosecutor Ken Oswalt and Laurel County Clerk Dean Johnson spoke.", []string{"US"},
			[]want{{"Licking County", "US", "region2", 0}, {"Laurel County", "US", "region2", 0}}},
		// negative: still an organisation's name
		{"The Cuyahoga County Council met.", []string{"US"}, nil},
	})
}

// A surname after a given name and before a comma and an age is a person's: "Lance Garcia,
// 36;" is no García, Mexico.
func TestSurnameBeforeAge(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The dead were Ariel Leal, 22; Lance Garcia,36; and Bianca Fontejon, 18, police in Manila said.", nil,
			[]want{{"Manila", "PH", "city", 0}}},
		{"Pfc. Lance Lancaster, 21, of Springfield, Ohio, died.", []string{"US"},
			[]want{{"Springfield", "US", "city", 0}, {"Ohio", "US", "region1", 0}}},
		// negative: a place before a figure after a comma stays a place
		{"Strikes hit Mosul, 12 of them near the airport.", []string{"IQ"},
			[]want{{"Mosul", "IQ", "city", 0}}},
	})
}

func TestNameAfterMallOf(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The concert was held in the parking lot of the SM Mall of Asia in Pasay.", []string{"PH"},
			[]want{{"Pasay", "PH", "city", 0}}},
	})
}

// After a preposition of place, "for" and capitalised words say why someone is there: the name
// stays a place ("in Nevada for Air Force Reserve training").
func TestPlaceBeforePurpose(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Mr. Sanford, who is in Nevada for Air Force Reserve training, released a statement.", nil,
			[]want{{"Nevada", "US", "region1", 0}}},
		// negative: an organisation's name still hides a place after its head
		{"The Nevada Air Force Association met.", nil, nil},
	})
}

// A state's abbreviation counts after a town the gazetteer lacks and a comma ("Thackerville,
// Okla."), and after a legislator's party letter ("D-N.D."), as its full name does ("R-Texas");
// not a degree's or a firm's initials after a name.
func TestStateAbbreviationsAfterTownOrParty(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Residents of Zzyzxville, Calif., and Qwertyton, Tenn., were evacuated.", nil,
			[]want{{"Calif.", "US", "region1", 0}, {"Tenn.", "US", "region1", 0}}},
		{"Sen. Byron Dorgan, D-N.D., and Sen. John Cornyn, R-Texas, questioned the award.", nil,
			[]want{{"N.D.", "US", "region1", 0}, {"Texas", "US", "region1", 0}}},
		// negative: degrees and firms' initials
		{"Charles W. Murphy, M.D., joined Dimond Kaplan & Rothstein, P.A., last year.", nil, nil},
	})
}

// A president's administration is no town ("the Obama administration" is no Obama, Japan),
// and another name of a town that is only generic words is none ("The City" for Oakville).
func TestAdministrationsAndGenericNames(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The Obama administration sent aid to Egypt. The Clinton and Bush Jr administrations did not.", nil,
			[]want{{"Egypt", "EG", "country", 0}}},
		{"The City of Edwardsville has three districts; The Center for Disease Control was told.", []string{"US"},
			[]want{{"Edwardsville", "US", "city", 0}}},
		// negative: a country's administration is the country's
		{"The Kenya administration said the road was open.", nil,
			[]want{{"Kenya", "KE", "country", 0}}},
	})
}

// A news agency's name is no place in the whole document ("the Xinhua news agency ...
// according to Xinhua"), nor is an honour's ("the Order of Friendship") or Google's.
func TestAgenciesHonoursAndCompanies(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Homes were buried in Sichuan province, the Xinhua news agency reported. According to Xinhua, rescuers arrived.", nil,
			[]want{{"Sichuan province", "CN", "region1", 0}}},
		{"Putin awarded Tillerson the Order of Friendship. Google cars have a driver.", nil, nil},
		// negative: a country's news agency leaves the country a place
		{"The Kuwait News Agency said the ship reached Kuwait.", nil,
			[]want{{"Kuwait", "KW", "country", 0}}},
	})
}
