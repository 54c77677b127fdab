<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>vigie::AppPaths</name>
    <message>
        <source>Cannot create the folder %1: check the disk and the access rights.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::access</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal police agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::access::AuthService</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is not valid: 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after %1 failed attempts, until %2. A supervisor can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked until %1. A supervisor can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::access::ShiftSchedule</name>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::app</name>
    <message>
        <source>Vigie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::app::Desk</name>
    <message>
        <source>Logged in: %1 on workstation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor %1 unplugged: its wall is closed and will come back with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor %1 plugged in: wall %2 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns x rows (for example 6x4, up to 10x10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grid: write columns x rows, for example 6x4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::app::MainWindow</name>
    <message>
        <source>Vigie — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incident in this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents (main courante)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search a camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall &amp;layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the tiles of a wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximise the tile, or bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the camera with that number onto the tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the number, or leave the maximised tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras: %1 available, %2 in fault out of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::app::WallWindow</name>
    <message>
        <source>Vigie — Wall %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::cameras</name>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::cameras::CameraDirectory</name>
    <message>
        <source>The group name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera number must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream address of camera %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention of camera %1 must be between 1 and 30 days (article L252-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera number %1 is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no camera number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::cameras::StreamProbe</name>
    <message>
        <source>The video file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s answer is not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera asks for a login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera refused the login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera has no stream at this address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera forbids access to this stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera answered with an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ctl::Ctl</name>
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
  demo seed [--rtsp-host H] [--rtsp-port P] [--cameras N]
                               seed the demo users and cameras
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown camera command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown demo command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RTSP port must be a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of cameras must be between 1 and 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo ready: %1 user(s) created, %2 camera(s) created, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::store::Database</name>
    <message>
        <source>The disk is full: free some space, then try again. Nothing already saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: check the access rights of the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Vigie database or is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Vigie (schema %2; this version knows up to %3). Install the newer version; the data is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraTree</name>
    <message>
        <source>Search a camera (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::widgets::HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::widgets::LoginDialog</name>
    <message>
        <source>Vigie — Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Vigie&lt;/b&gt; — urban video supervision centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2×%3, main window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (applied at next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors that carry a wall:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::widgets::TileWidget</name>
    <message>
        <source>Empty tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a camera here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::widgets::WallView</name>
    <message>
        <source>Unknown camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This camera is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) did not fit on this wall.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no camera number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
