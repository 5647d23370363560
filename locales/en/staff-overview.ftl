# The overview at `/`, the requests count in the menu, and the totals,
# filters and page numbers of the requests, notices and audit lists.

## layout.html: the menu

layout-overview = Overview
# A badge after "Requests" in the menu, beside the number of open requests.
layout-requests-overdue-badge = { $count } overdue
# Read by screen readers after "Requests".
layout-requests-open = { $count ->
    [one] one open request
   *[other] { $count } open requests
}{ $overdue ->
    [0] {""}
   *[other] , { $overdue } overdue
}

## paging.html: under a list

paging-label = Pages
paging-page = Page
paging-page-of = page { $page } of { $pages }
paging-previous = Previous
paging-next = Next

## overview.html

title-overview = Overview
overview-heading = Overview
overview-late = late
overview-notices = Open notices
overview-notices-none = No notice is open.
overview-notices-all = { $count ->
    [0] See the inbox
    [one] See the open notice
   *[other] See all { $count } open notices
}
overview-requests = Data-subject requests by due date
overview-requests-all = { $count ->
    [0] See the requests queue
    [one] See the open request
   *[other] See all { $count } open requests
}
overview-records = Records at the end of their retention period
overview-records-expired = Expired, waiting for a decision
overview-records-expiring-7 = Expiring within 7 days
overview-records-expiring-30 = Expiring within 30 days
overview-activity = Your recent activity
overview-activity-record = the record
overview-activity-all = All your entries in the audit log
overview-activity-none = Nothing yet.

## requests.html: filters, order and total

requests-total = { $count ->
    [one] One request
   *[other] { $count } requests
}
requests-filter-form = Filter requests
requests-filter-kind = Kind
requests-filter-kind-any = Any kind
requests-filter-due = Due
requests-filter-due-any = Any time
requests-due-overdue = Overdue
requests-due-soon = Due within 7 days
requests-due-later = Due later
requests-sort = Order
requests-sort-due = Soonest due first
requests-sort-desc-due = Latest due first
requests-sort-received = Oldest first
requests-sort-desc-received = Newest first
requests-filter-apply = Show
requests-filter-clear = Show all open requests

## notifications.html: filters and total

notifications-show-all = All
notifications-total = { $count ->
    [one] One notice
   *[other] { $count } notices
}
notifications-filter-form = Filter notices
notifications-filter-show = Which
notifications-filter-kind = About
notifications-filter-kind-any = Anything
notifications-filter-apply = Show
notifications-filter-clear = Show all open notices

## audit.html: total

audit-total = { $count ->
    [one] One entry
   *[other] { $count } entries
}
