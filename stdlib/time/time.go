// Package time: Duration, the wall and monotonic clocks (Now, Since, Until) and Time
// arithmetic. Go's algorithms; the clocks and Duration.String are native.
package time

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s".
func (d Duration) String() string

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m (halfway values away
// from zero).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration // overflow
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration // overflow
}

// Abs returns the absolute value of d (math.MinInt64 becomes math.MaxInt64).
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// ---- Time ---------------------------------------------------------------------------------

// A Time represents an instant in time with nanosecond precision. Times from Now also carry
// a monotonic clock reading, used by Sub, Since, Until and comparisons when both operands
// have one. The zero value is January 1, year 1, 00:00:00.000000000 UTC.
type Time struct {
	wall    int64     // seconds since January 1, year 1 00:00:00 UTC
	ns      int64     // nanoseconds within the second, [0, 999999999]
	ext     int64     // monotonic clock reading (ns since the program started), if hasMono
	hasMono bool      // ext is valid
	loc     *Location // nil means UTC
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay
	daysPer400Years  = 365*400 + 97
	daysPer100Years  = 365*100 + 24
	daysPer4Years    = 365*4 + 1
)

// The unsigned zero year for internal calculations (as in Go): absolute times count seconds
// from there, so that date arithmetic needs no signed division.
const (
	absoluteZeroYear = -292277022399

	// The year of the zero Time.
	internalYear = 1

	// Offsets to convert between internal and absolute or Unix times:
	// (absoluteZeroYear - internalYear) * 365.2425 * secondsPerDay.
	absoluteToInternal int64 = -9223371966579724800
	internalToAbsolute       = -absoluteToInternal

	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
)

func (t *Time) sec() int64     { return t.wall }
func (t *Time) nsec() int32    { return int32(t.ns) }
func (t *Time) unixSec() int64 { return t.wall + internalToUnix }
func (t *Time) addSec(d int64) { t.wall += d }
func (t *Time) stripMono()     { t.hasMono = false; t.ext = 0 }
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// now returns the wall clock (seconds and nanoseconds since the Unix epoch) and the monotonic
// clock in nanoseconds.
func now() (sec int64, nsec int64, mono int64)

// startNano is the monotonic clock when the program started (for String's "m=" field).
var startNano int64 = monoNow()

func monoNow() int64 {
	_, _, mono := now()
	return mono
}

// Now returns the current local time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{wall: sec + unixToInternal, ns: nsec, ext: mono - startNano, hasMono: true, loc: Local}
}

func unixTime(sec int64, nsec int32) Time {
	return Time{wall: sec + unixToInternal, ns: int64(nsec), loc: Local}
}

// Unix returns the local Time corresponding to the given Unix time, sec seconds and nsec
// nanoseconds since January 1, 1970 UTC (nsec outside [0, 999999999] is normalized).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return unixTime(sec, int32(nsec))
}

// UnixMilli returns the local Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time in microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// IsZero reports whether t represents the zero time instant, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.wall == 0 && t.ns == 0 }

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixNano returns t as a Unix time in nanoseconds (undefined if out of int64 range).
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + t.ns }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.ns/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.ns/1e3 }

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.ns) }

// Round returns the result of rounding t to the nearest multiple of d (since the zero time),
// without the monotonic clock reading.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	if lessThanHalf(r, d) {
		return t.Add(Duration(-r))
	}
	return t.Add(Duration(d - r))
}

// Truncate returns the result of rounding t down to a multiple of d (since the zero time),
// without the monotonic clock reading.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	return t.Add(-r)
}

// div returns the remainder of t (as time since year 1) divided by d (Go's time.div).
func div(t Time, d Duration) (qmod2 int, r Duration) {
	neg := false
	nsec := t.ns
	sec := t.wall
	if sec < 0 {
		// Operate on the absolute value.
		neg = true
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	switch {
	case d < Second && Second%(d+d) == 0:
		qmod2 = int(nsec/int64(d)) & 1
		r = Duration(nsec % int64(d))
	case d%Second == 0:
		d1 := int64(d / Second)
		qmod2 = int(sec/d1) & 1
		r = Duration(sec%d1)*Second + Duration(nsec)
	default:
		// (sec*1e9 + nsec) mod d, without overflow.
		m := uint64(d)
		r = Duration((mulmod(uint64(sec)%m, uint64(1e9)%m, m) + uint64(nsec)) % m)
	}
	if neg && r != 0 {
		qmod2 ^= 1
		r = d - r
	}
	return
}

// mulmod returns a*b mod m for a, b < m < 2**63.
func mulmod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.ns + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall += dsec
	t.ns = nsec
	if t.hasMono {
		te := t.ext + int64(d)
		if d < 0 && te > t.ext || d > 0 && te < t.ext {
			t.stripMono() // monotonic clock reading now out of range
		} else {
			t.ext = te
		}
	}
	return t
}

// Sub returns the duration t-u, saturated at the minimum and maximum Durations.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		te := t.ext
		ue := u.ext
		d := Duration(te - ue)
		if d < 0 && te > ue {
			return maxDuration
		}
		if d > 0 && te < ue {
			return minDuration
		}
		return d
	}
	d := Duration(t.wall-u.wall)*Second + Duration(t.ns-u.ns)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.ext > u.ext
	}
	return t.wall > u.wall || t.wall == u.wall && t.ns > u.ns
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.ext < u.ext
	}
	return t.wall < u.wall || t.wall == u.wall && t.ns < u.ns
}

// Equal reports whether t and u represent the same time instant (whatever their locations).
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.ext == u.ext
	}
	return t.wall == u.wall && t.ns == u.ns
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	var tc, uc int64
	if t.hasMono && u.hasMono {
		tc, uc = t.ext, u.ext
	} else {
		tc, uc = t.wall, u.wall
		if tc == uc {
			tc, uc = t.ns, u.ns
		}
	}
	switch {
	case tc < uc:
		return -1
	case tc > uc:
		return +1
	}
	return 0
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	buf := make([]byte, 20)
	n := fmtInt(buf, uint64(m))
	return "%!Month(" + string(buf[n:]) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	buf := make([]byte, 20)
	n := fmtInt(buf, uint64(d))
	return "%!Weekday(" + string(buf[n:]) + ")"
}

// fmtInt formats v into the tail of buf and returns the index where the output begins.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}
