package iq.kharita.location;

/** Administrative level of a place: governorate (محافظة), district (قضاء), sub-district (ناحية), or a site such as a camp. */
public enum LocationLevel {
    GOVERNORATE, DISTRICT, SUBDISTRICT, SITE
}
