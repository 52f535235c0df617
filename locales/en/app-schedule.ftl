# schedule: the mentor's availability editor and calendars (feed, busy calendars, slot explainer).

## Availability editor

availability-title = Your spare slots
availability-hint = Weekly windows are in your own time zone and repeat every week; each gives 15-minute slots.
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
enter-whole-number = Enter a whole number.
pick-date-time-first = Pick a date and time first.
timezone-label = Time zone of these windows
windows-legend = Weekly windows
window-day = Day
window-from = from
window-to = to
# $day is the API's weekday: mon, tue, wed, thu, fri, sat or sun.
window-remove-label = Remove the { $day } window
window-remove = Remove
window-add = Add a window
min-notice-label = Minimum notice (minutes)
horizon-label = Bookable up to (days ahead)
buffer-label = Break between sessions (minutes)
max-per-day-label = At most per day
max-per-day-placeholder = No limit
max-per-week-label = At most per week
availability-save = Save availability
availability-saved = Saved.
quick-legend = I have 15 minutes free at…
quick-label = Date and time of the free slot
quick-offer = Offer this slot
one-off-count = { $count } one-off slot(s) offered.
preview-heading = Your next free slots
preview-not-mentor = List yourself as a mentor (above) to preview your slots.
preview-none = None in the next { $days } days.

## Calendars

calendars-title = Calendars
feed-heading = Your sessions in your calendar
feed-renewed = New address made; the old one no longer works.
feed-turned-on = Feed on.
feed-turned-off = Feed off; its address no longer works.
feed-copied = Address copied.
feed-intro = Subscribe from Google Calendar, Outlook or Apple Calendar to see every session you book or give, moves and cancellations included.
feed-turn-on = Turn on the calendar feed
feed-url-label = Your feed's address
feed-url-hint = Anyone with this address can see your sessions: keep it secret. Making a new address stops the old one at once.
feed-copy = Copy
feed-new-address = New address
feed-turn-off = Turn off
calendar-status-pending = Being read…
calendar-status-ok = Read
calendar-status-unreachable = Could not be reached
calendar-status-not-icalendar = Not a calendar file
calendar-status-too-large = Larger than 1 MB
calendar-status-too-slow = Took longer than 5 seconds
calendar-status-too-complex = Too many events or repeats to read
busy-heading = Busy times from your own calendars
busy-intro = Paste your calendar's secret iCalendar address (in Google Calendar: Settings, your calendar, "Secret address in iCal format"). Quarterhour reads it every 15 minutes and offers no slot that clashes with an event; it keeps only when you are busy, never titles or guests.
busy-saved-reading = Saved; reading your calendars…
busy-saved-read = Saved and read.
busy-list-label = Your calendars
busy-none = No calendars yet.
busy-times = { $count ->
    [one] { $count } busy time in use
   *[other] { $count } busy times in use
}
# $at: when the calendar was last read, e.g. "9 Dec 2026, 17:00 CET".
busy-times-read = { $count ->
    [one] { $count } busy time in use · last read { $at }
   *[other] { $count } busy times in use · last read { $at }
}
busy-urls-label = Calendar addresses, one per line (at most { $max })
busy-urls-hint = Saving replaces the calendars above. Their addresses stay secret, so list every one you want read; save an empty list to stop.
busy-saving = Saving…
busy-save = Save calendars
explain-heading = Why isn't this slot offered?
explain-label = Slot starting at
explain-submit = Explain
calendar-url-placeholder = https://calendar.example.com/private-…/basic.ics

# Why a time is or is not offered, by what the slot's check found.
explain-offered = This slot is offered: mentees can book it.
explain-busy-calendar = An event in one of your calendars (or your buffer around it) covers this time.
explain-booked = You have a session then, or it is inside your buffer around one.
explain-outside-window = It is outside your weekly windows and one-off slots, already past, or beyond how far ahead you offer slots.
explain-min-notice = It is sooner than the minimum notice you ask for.
explain-daily-cap = You already have as many sessions that day as you allow.
explain-weekly-cap = You already have as many sessions that week as you allow.
explain-blocked-date = You blocked that date.
explain-paused = Your slots are paused after missed sessions; resume them from your profile.
