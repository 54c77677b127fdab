<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>vigie::AppPaths</name>
    <message>
        <source>Cannot create the folder %1: check the disk and the access rights.</source>
        <translation>Cannot create the folder %1: check the disk and the access rights.</translation>
    </message>
</context>
<context>
    <name>vigie::access</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Municipal police agent</source>
        <translation>Municipal police agent</translation>
    </message>
    <message>
        <source>ASVP</source>
        <translation>ASVP</translation>
    </message>
    <message>
        <source>Room supervisor</source>
        <translation>Room supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>vigie::access::AuthService</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>The password must not start or end with a space.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is not valid: 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>The login &quot;%1&quot; is not valid: 2 to 64 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>The user&apos;s name is missing.</source>
        <translation>The user&apos;s name is missing.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>A user needs at least one role.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>The login &quot;%1&quot; is already taken.</translation>
    </message>
    <message>
        <source>Cannot create the user %1</source>
        <translation>Cannot create the user %1</translation>
    </message>
    <message>
        <source>Unknown user &quot;%1&quot;.</source>
        <translation>Unknown user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot change the password of %1</source>
        <translation>Cannot change the password of %1</translation>
    </message>
    <message>
        <source>Cannot unlock %1</source>
        <translation>Cannot unlock %1</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>Cannot check the login</source>
        <translation>Cannot check the login</translation>
    </message>
    <message>
        <source>This account is locked after %1 failed attempts, until %2. A supervisor can unlock it.</source>
        <translation>This account is locked after %1 failed attempts, until %2. A supervisor can unlock it.</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked until %1. A supervisor can unlock it.</source>
        <translation>Too many failed attempts: this account is locked until %1. A supervisor can unlock it.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>This account is disabled. Ask an administrator.</translation>
    </message>
</context>
<context>
    <name>vigie::access::ShiftSchedule</name>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>Shift %1</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation>No shift</translation>
    </message>
</context>
<context>
    <name>vigie::app</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
</context>
<context>
    <name>vigie::app::Desk</name>
    <message>
        <source>Logged in: %1 on workstation %2</source>
        <translation>Logged in: %1 on workstation %2</translation>
    </message>
    <message>
        <source>Monitor %1 unplugged: its wall is closed and will come back with it.</source>
        <translation>Monitor %1 unplugged: its wall is closed and will come back with it.</translation>
    </message>
    <message>
        <source>Monitor %1 plugged in: wall %2 opened.</source>
        <translation>Monitor %1 plugged in: wall %2 opened.</translation>
    </message>
    <message>
        <source>Custom grid</source>
        <translation>Custom grid</translation>
    </message>
    <message>
        <source>Columns x rows (for example 6x4, up to 10x10):</source>
        <translation>Columns x rows (for example 6x4, up to 10x10):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grid: write columns x rows, for example 6x4.</source>
        <translation>&quot;%1&quot; is not a grid: write columns x rows, for example 6x4.</translation>
    </message>
</context>
<context>
    <name>vigie::app::MainWindow</name>
    <message>
        <source>Vigie — %1</source>
        <translation>Vigie — %1</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>No open incident in this shift.</source>
        <translation>No open incident in this shift.</translation>
    </message>
    <message>
        <source>Incidents (main courante)</source>
        <translation>Incidents (main courante)</translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation>Workstation: %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>Camera %1: %2</source>
        <translation>Camera %1: %2</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Search a camera</source>
        <translation>&amp;Search a camera</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Wall &amp;layout</source>
        <translation>Wall &amp;layout</translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation>Layout %1</translation>
    </message>
    <message>
        <source>&amp;Custom grid…</source>
        <translation>&amp;Custom grid…</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>&amp;Full screen main window</source>
        <translation>&amp;Full screen main window</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Arrows</translation>
    </message>
    <message>
        <source>Move between the tiles of a wall</source>
        <translation>Move between the tiles of a wall</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Enter or double-click</translation>
    </message>
    <message>
        <source>Maximise the tile, or bring it back</source>
        <translation>Maximise the tile, or bring it back</translation>
    </message>
    <message>
        <source>Number then Enter</source>
        <translation>Number then Enter</translation>
    </message>
    <message>
        <source>Call the camera with that number onto the tile</source>
        <translation>Call the camera with that number onto the tile</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Empty the tile</source>
        <translation>Empty the tile</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Cancel the number, or leave the maximised tile</source>
        <translation>Cancel the number, or leave the maximised tile</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation>Shift: %1</translation>
    </message>
    <message>
        <source>Cameras: %1 available, %2 in fault out of %3</source>
        <translation>Cameras: %1 available, %2 in fault out of %3</translation>
    </message>
</context>
<context>
    <name>vigie::app::WallWindow</name>
    <message>
        <source>Vigie — Wall %1 (%2)</source>
        <translation>Vigie — Wall %1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigie::cameras</name>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Stream available</source>
        <translation>Stream available</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnecting</translation>
    </message>
    <message>
        <source>Signal lost</source>
        <translation>Signal lost</translation>
    </message>
    <message>
        <source>Authentication refused</source>
        <translation>Authentication refused</translation>
    </message>
    <message>
        <source>Stream not found</source>
        <translation>Stream not found</translation>
    </message>
    <message>
        <source>Unsupported codec</source>
        <translation>Unsupported codec</translation>
    </message>
    <message>
        <source>Address unreachable</source>
        <translation>Address unreachable</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::CameraDirectory</name>
    <message>
        <source>The group name is missing.</source>
        <translation>The group name is missing.</translation>
    </message>
    <message>
        <source>Cannot create the group %1</source>
        <translation>Cannot create the group %1</translation>
    </message>
    <message>
        <source>A camera number must be a positive whole number.</source>
        <translation>A camera number must be a positive whole number.</translation>
    </message>
    <message>
        <source>The camera name is missing.</source>
        <translation>The camera name is missing.</translation>
    </message>
    <message>
        <source>The stream address of camera %1 is not valid.</source>
        <translation>The stream address of camera %1 is not valid.</translation>
    </message>
    <message>
        <source>The retention of camera %1 must be between 1 and 30 days (article L252-5).</source>
        <translation>The retention of camera %1 must be between 1 and 30 days (article L252-5).</translation>
    </message>
    <message>
        <source>Camera number %1 is already used.</source>
        <translation>Camera number %1 is already used.</translation>
    </message>
    <message>
        <source>Cannot add camera %1</source>
        <translation>Cannot add camera %1</translation>
    </message>
    <message>
        <source>Cannot change camera %1</source>
        <translation>Cannot change camera %1</translation>
    </message>
    <message>
        <source>There is no camera number %1.</source>
        <translation>There is no camera number %1.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::StreamProbe</name>
    <message>
        <source>The video file does not exist.</source>
        <translation>The video file does not exist.</translation>
    </message>
    <message>
        <source>The camera did not answer in time.</source>
        <translation>The camera did not answer in time.</translation>
    </message>
    <message>
        <source>Connection refused by %1.</source>
        <translation>Connection refused by %1.</translation>
    </message>
    <message>
        <source>Unknown host %1.</source>
        <translation>Unknown host %1.</translation>
    </message>
    <message>
        <source>The camera closed the connection.</source>
        <translation>The camera closed the connection.</translation>
    </message>
    <message>
        <source>The camera&apos;s answer is not understood.</source>
        <translation>The camera&apos;s answer is not understood.</translation>
    </message>
    <message>
        <source>The camera asks for a login and password.</source>
        <translation>The camera asks for a login and password.</translation>
    </message>
    <message>
        <source>The camera refused the login and password.</source>
        <translation>The camera refused the login and password.</translation>
    </message>
    <message>
        <source>The camera has no stream at this address (%1).</source>
        <translation>The camera has no stream at this address (%1).</translation>
    </message>
    <message>
        <source>The camera forbids access to this stream.</source>
        <translation>The camera forbids access to this stream.</translation>
    </message>
    <message>
        <source>The camera answered with an error (%1).</source>
        <translation>The camera answered with an error (%1).</translation>
    </message>
</context>
<context>
    <name>vigie::ctl::Ctl</name>
    <message>
        <source>Give exactly one login.</source>
        <translation>Give exactly one login.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Unknown role &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>User %1 created.</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>Password of %1 changed.</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>Account %1 unlocked.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation>Unknown user command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown camera command &quot;%1&quot;.</source>
        <translation>Unknown camera command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown demo command &quot;%1&quot;.</source>
        <translation>Unknown demo command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The RTSP port must be a number between 1 and 65535.</source>
        <translation>The RTSP port must be a number between 1 and 65535.</translation>
    </message>
    <message>
        <source>The number of cameras must be between 1 and 999.</source>
        <translation>The number of cameras must be between 1 and 999.</translation>
    </message>
    <message>
        <source>Demo ready: %1 user(s) created, %2 camera(s) created, %3 updated.</source>
        <translation>Demo ready: %1 user(s) created, %2 camera(s) created, %3 updated.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: vigiectl [--data-dir DIR] [--lang fr|en] COMMAND

Commands:
  version                      print the version
  user add LOGIN --name NAME [--matricule ID] [--role ROLE]...
                               create a user (roles: operator, police_agent,
                               asvp, supervisor, admin); password from
                               VIGIE_PASSWORD or the first line of stdin
  user passwd LOGIN            set a user&apos;s password (same sources)
  user unlock LOGIN            unlock an account locked by failed logins
  user list                    list the users and their roles
  camera list                  list the cameras of the directory
  journal verify               check every chain of the journal; exit code 3
                               names the first entry altered, removed,
                               inserted or reordered
  demo seed [--rtsp-host H] [--rtsp-port P] [--cameras N]
                               seed the demo users and cameras
</source>
        <translation>Usage: vigiectl [--data-dir DIR] [--lang fr|en] COMMAND

Commands:
  version                      print the version
  user add LOGIN --name NAME [--matricule ID] [--role ROLE]...
                               create a user (roles: operator, police_agent,
                               asvp, supervisor, admin); password from
                               VIGIE_PASSWORD or the first line of stdin
  user passwd LOGIN            set a user&apos;s password (same sources)
  user unlock LOGIN            unlock an account locked by failed logins
  user list                    list the users and their roles
  camera list                  list the cameras of the directory
  journal verify               check every chain of the journal; exit code 3
                               names the first entry altered, removed,
                               inserted or reordered
  demo seed [--rtsp-host H] [--rtsp-port P] [--cameras N]
                               seed the demo users and cameras
</translation>
    </message>
    <message>
        <source>Unknown journal command &quot;%1&quot;.</source>
        <translation>Unknown journal command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>JOURNAL ALTERED:</source>
        <translation>JOURNAL ALTERED:</translation>
    </message>
</context>
<context>
    <name>vigie::journal::Journal</name>
    <message>
        <source>Cannot read the journal</source>
        <translation>Cannot read the journal</translation>
    </message>
    <message>
        <source>Cannot write to the journal</source>
        <translation>Cannot write to the journal</translation>
    </message>
    <message numerus="yes">
        <source>Journal intact: all %n entries hold (%1 chain(s)).</source>
        <translation>
            <numerusform>Journal intact: %n entry holds (%1 chain(s)).</numerusform>
            <numerusform>Journal intact: all %n entries hold (%1 chain(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain %1: entry %2 was removed (the chain jumps from %3 to %4).</source>
        <translation>Chain %1: entry %2 was removed (the chain jumps from %3 to %4).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 was inserted (the next entry does not follow it).</source>
        <translation>Chain %1: entry %2 was inserted (the next entry does not follow it).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 was altered (its content no longer matches its hash).</source>
        <translation>Chain %1: entry %2 was altered (its content no longer matches its hash).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 is out of order (it follows entry %3).</source>
        <translation>Chain %1: entry %2 is out of order (it follows entry %3).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 does not belong to the chain (inserted or forged).</source>
        <translation>Chain %1: entry %2 does not belong to the chain (inserted or forged).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 was altered and its hash recomputed (entry %3 no longer follows it).</source>
        <translation>Chain %1: entry %2 was altered and its hash recomputed (entry %3 no longer follows it).</translation>
    </message>
    <message>
        <source>Chain %1: the content of entry %2 was altered.</source>
        <translation>Chain %1: the content of entry %2 was altered.</translation>
    </message>
    <message>
        <source>Chain %1: the content of entry %2 was removed outside any purge.</source>
        <translation>Chain %1: the content of entry %2 was removed outside any purge.</translation>
    </message>
    <message>
        <source>Cannot purge the journal</source>
        <translation>Cannot purge the journal</translation>
    </message>
</context>
<context>
    <name>vigie::store::Database</name>
    <message>
        <source>The disk is full: free some space, then try again. Nothing already saved is lost.</source>
        <translation>The disk is full: free some space, then try again. Nothing already saved is lost.</translation>
    </message>
    <message>
        <source>The database is read-only: check the access rights of the data folder.</source>
        <translation>The database is read-only: check the access rights of the data folder.</translation>
    </message>
    <message>
        <source>The database is busy: try again in a moment.</source>
        <translation>The database is busy: try again in a moment.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Cannot open the database %1</translation>
    </message>
    <message>
        <source>The file %1 is not a Vigie database or is damaged</source>
        <translation>The file %1 is not a Vigie database or is damaged</translation>
    </message>
    <message>
        <source>Cannot configure the database %1</source>
        <translation>Cannot configure the database %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>Cannot read the schema version of %1</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Vigie (schema %2; this version knows up to %3). Install the newer version; the data is untouched.</source>
        <translation>The database %1 was written by a newer version of Vigie (schema %2; this version knows up to %3). Install the newer version; the data is untouched.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema %1</source>
        <translation>Cannot upgrade the database to schema %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Cannot start a transaction</translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation>Cannot save the change</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraTree</name>
    <message>
        <source>Search a camera (Ctrl+F)</source>
        <translation>Search a camera (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::LoginDialog</name>
    <message>
        <source>Vigie — Login</source>
        <translation>Vigie — Login</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vigie&lt;/b&gt; — urban video supervision centre</source>
        <translation>&lt;b&gt;Vigie&lt;/b&gt; — urban video supervision centre</translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>Workstation %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>%1 (%2×%3, main window)</source>
        <translation>%1 (%2×%3, main window)</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>Language (applied at next start)</source>
        <translation>Language (applied at next start)</translation>
    </message>
    <message>
        <source>Monitors that carry a wall:</source>
        <translation>Monitors that carry a wall:</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::TileWidget</name>
    <message>
        <source>Empty tile</source>
        <translation>Empty tile</translation>
    </message>
    <message>
        <source>Drop a camera here</source>
        <translation>Drop a camera here</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::WallView</name>
    <message>
        <source>Unknown camera</source>
        <translation>Unknown camera</translation>
    </message>
    <message>
        <source>This camera is not in the directory.</source>
        <translation>This camera is not in the directory.</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) did not fit on this wall.</source>
        <translation>
            <numerusform>%n camera did not fit on this wall.</numerusform>
            <numerusform>%n cameras did not fit on this wall.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no camera number %1.</source>
        <translation>There is no camera number %1.</translation>
    </message>
</context>
</TS>
