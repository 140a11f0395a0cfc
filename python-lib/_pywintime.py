"""pywintypes' time type (pywintypes.datetime / TimeType): a datetime.datetime in UTC, as pywin32
returns FILETIMEs (FindFilesW, ...). Kept out of pywintypes so that importing it stays cheap."""
import datetime as _dt


class _UTC(_dt.tzinfo):
    """UTC, for Python 2 and 3 alike (Python 2 has no datetime.timezone)."""

    def utcoffset(self, when):
        return _dt.timedelta(0)

    def dst(self, when):
        return _dt.timedelta(0)

    def tzname(self, when):
        return 'UTC'

    def __repr__(self):
        return 'UTC'


utc = _UTC()
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=utc)
_FILETIME_EPOCH_DIFF = 116444736000000000


class TimeType(_dt.datetime):
    """pywintypes.datetime: a timezone-aware datetime (UTC for file times) with pywin32's Format()."""

    def Format(self, fmt='%c'):
        """Format(fmt='%c'): the time formatted with strftime codes."""
        return self.strftime(fmt)

    def __repr__(self):
        return 'pywintypes.datetime(%d, %d, %d, %d, %d, %d, %d, tzinfo=%r)' % (
            self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond, self.tzinfo)


TimeType.__name__ = 'datetime'


def from_filetime(ticks):
    """A FILETIME (100 ns units since 1601, UTC) as TimeType."""
    micro = (int(ticks) - _FILETIME_EPOCH_DIFF) // 10
    d = _EPOCH + _dt.timedelta(microseconds=micro)
    return TimeType(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, tzinfo=utc)


def Time(value):
    """Time(timeRepr): a time object from a datetime, a time tuple or seconds since the epoch."""
    if isinstance(value, _dt.datetime):
        tz = value.tzinfo if value.tzinfo is not None else None
        return TimeType(value.year, value.month, value.day, value.hour, value.minute, value.second,
                        value.microsecond, tzinfo=tz)
    if isinstance(value, tuple):
        # a time tuple is a local time: built with datetime itself, whose range checks are ValueError on both
        # engines (their time.mktime lets Java's DateTimeException out for a month or day of 0)
        fields = tuple(value[:6]) + (0,) * (6 - len(value[:6]))
        d = _dt.datetime(*[int(f) for f in fields])
        return TimeType(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond)
    if isinstance(value, (int, float)) or type(value).__name__ == 'long':
        d = _dt.datetime.fromtimestamp(float(value))
        return TimeType(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond)
    raise TypeError("Objects of type '%s' can not be used as a time object" % type(value).__name__)
