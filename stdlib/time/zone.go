package time

import "errors"

// A Location maps time instants to the zone in use at that time: UTC, the process's local
// zone (from the C library, which reads TZ and /etc/localtime as Go does), or a fixed zone.
type Location struct {
	name   string
	offset int  // seconds east of UTC, for fixed zones
	local  bool // the process's local time zone
}

var utcLoc = Location{name: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var localLoc = Location{name: "Local", local: true}

// Local represents the system's local time zone.
var Local *Location = &localLoc

// localZone returns the abbreviation and offset (seconds east of UTC) of the local time zone
// at the given Unix time.
func localZone(unix int64) (name string, offset int)

// String returns a descriptive name for the time zone information, corresponding to the name
// argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and offset (seconds
// east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset}
}

// LoadLocation returns the Location with the given name: "" or "UTC" is UTC, "Local" is
// Local. Named zones from the IANA database are not available in Weft.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// lookup returns information about the time zone in use at an instant in time expressed as
// seconds since January 1, 1970 00:00:00 UTC: its abbreviation, offset, the range
// [start, end) over which that offset is known to hold, and whether it is daylight time.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	if l == nil || l == &utcLoc {
		return "UTC", 0, -1 << 63, 1<<63 - 1, false
	}
	if l.local {
		name, offset = localZone(sec)
		// The C library does not say when the zone changes; a one-second range makes Date
		// check the offset again at the adjusted instant.
		return name, offset, sec, sec + 1, false
	}
	return l.name, l.offset, -1 << 63, 1<<63 - 1, false
}

// lookupName returns the offset of the zone with the given abbreviation in use near the given
// instant (for Parse).
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	zname, zoffset, _, _, _ := l.lookup(unix)
	if zname == name {
		return zoffset, true
	}
	return 0, false
}
