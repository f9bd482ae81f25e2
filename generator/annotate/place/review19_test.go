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
