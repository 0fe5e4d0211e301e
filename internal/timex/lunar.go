package timex

// The Chinese (lunar) New Year, from the new moons and the winter
// solstice (J. Meeus, Astronomical Algorithms, chapters 27 and 49): the
// first day of the first month is the second new moon after the month that
// holds the December solstice, dated in China's time (UTC+8). Years with a
// leap eleventh or twelfth month (2033) are not handled.

import (
	"math"
	"time"
)

const (
	unixJD    = 2440587.5    // Julian day of 1970-01-01T00:00Z
	lunation  = 29.530588861 // mean synodic month in days
	chinaZone = 8 * time.Hour
	deltaT    = 69 * time.Second // terrestrial minus universal time, near 2000
)

// fromJDE turns a Julian ephemeris day into a UTC time.
func fromJDE(jde float64) time.Time {
	sec := (jde - unixJD) * 86400
	return time.Unix(int64(math.Floor(sec)), 0).UTC().Add(-deltaT)
}

// newMoon returns the new moon of lunation k (k = 0 near 2000-01-06).
func newMoon(k float64) time.Time {
	t := k / 1236.85
	rad := func(d float64) float64 { return d * math.Pi / 180 }
	jde := 2451550.09766 + lunation*k + 0.00015437*t*t - 0.000000150*t*t*t + 0.00000000073*t*t*t*t
	e := 1 - 0.002516*t - 0.0000074*t*t
	m := rad(2.5534 + 29.10535670*k - 0.0000014*t*t - 0.00000011*t*t*t)
	mp := rad(201.5643 + 385.81693528*k + 0.0107582*t*t + 0.00001238*t*t*t - 0.000000058*t*t*t*t)
	f := rad(160.7108 + 390.67050284*k - 0.0016118*t*t - 0.00000227*t*t*t + 0.000000011*t*t*t*t)
	om := rad(124.7746 - 1.56375588*k + 0.0020672*t*t + 0.00000215*t*t*t)
	s := math.Sin
	jde += -0.40720*s(mp) + 0.17241*e*s(m) + 0.01608*s(2*mp) + 0.01039*s(2*f) +
		0.00739*e*s(mp-m) - 0.00514*e*s(mp+m) + 0.00208*e*e*s(2*m) - 0.00111*s(mp-2*f) -
		0.00057*s(mp+2*f) + 0.00056*e*s(2*mp+m) - 0.00042*s(3*mp) + 0.00042*e*s(m+2*f) +
		0.00038*e*s(m-2*f) - 0.00024*e*s(2*mp-m) - 0.00017*s(om) - 0.00007*s(mp+2*m) +
		0.00004*s(2*mp-2*f) + 0.00004*s(3*m) + 0.00003*s(mp+m-2*f) + 0.00003*s(2*mp+2*f) -
		0.00003*s(mp+m+2*f) + 0.00003*s(mp-m+2*f) - 0.00002*s(mp-m-2*f) - 0.00002*s(3*mp+m) +
		0.00002*s(4*mp)
	return fromJDE(jde)
}

// decemberSolstice returns the December solstice of year y (mean, within
// minutes for 1000..3000).
func decemberSolstice(y int) time.Time {
	x := (float64(y) - 2000) / 1000
	return fromJDE(2451900.05952 + 365242.74049*x - 0.06223*x*x - 0.00823*x*x*x + 0.00032*x*x*x*x)
}

// chinaDay gives the calendar day of t in China's time, at midnight UTC.
func chinaDay(t time.Time) time.Time {
	c := t.Add(chinaZone)
	return time.Date(c.Year(), c.Month(), c.Day(), 0, 0, 0, 0, time.UTC)
}

// chineseNewYear returns the first day of the lunar year that begins in
// Gregorian year y.
func chineseNewYear(y int) time.Time {
	sol := chinaDay(decemberSolstice(y - 1))
	k := math.Floor((float64(y-1)-2000)*12.3685 + 11.5) // a lunation near that December
	for chinaDay(newMoon(k)).After(sol) {
		k--
	}
	for !chinaDay(newMoon(k + 1)).After(sol) {
		k++
	}
	// newMoon(k) begins the eleventh month; the first month is two later
	return chinaDay(newMoon(k + 2))
}
