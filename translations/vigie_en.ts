<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>vigie::AppPaths</name>
    <message>
        <source>Cannot create the folder %1: check the disk and the access rights.</source>
        <translation>Cannot create the folder %1: check the disk and the access rights.</translation>
    </message>
</context>
<context>
    <name>vigie::PdfComposer</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>A PDF export needs the graphical part of Qt (fonts).</source>
        <translation>A PDF export needs the graphical part of Qt (fonts).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>The PDF could not be made.</translation>
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
    <name>vigie::access::AccessPolicy</name>
    <message>
        <source>view live cameras</source>
        <translation>view live cameras</translation>
    </message>
    <message>
        <source>record an incident</source>
        <translation>record an incident</translation>
    </message>
    <message>
        <source>edit an incident</source>
        <translation>edit an incident</translation>
    </message>
    <message>
        <source>sign off an incident</source>
        <translation>sign off an incident</translation>
    </message>
    <message>
        <source>open a shift</source>
        <translation>open a shift</translation>
    </message>
    <message>
        <source>hand over a shift</source>
        <translation>hand over a shift</translation>
    </message>
    <message>
        <source>take over a shift as chef de salle</source>
        <translation>take over a shift as shift supervisor</translation>
    </message>
    <message>
        <source>sign a shift log</source>
        <translation>sign a shift log</translation>
    </message>
    <message>
        <source>export a shift log</source>
        <translation>export a shift log</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>verify the journal</source>
        <translation>verify the journal</translation>
    </message>
    <message>
        <source>purge the journal</source>
        <translation>purge the journal</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>The account %1 is disabled.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to %1.</source>
        <translation>Your roles do not allow you to %1.</translation>
    </message>
    <message>
        <source>No habilitation is recorded for %1: only designated and trained agents may view images (article L252-2). Ask your supervisor.</source>
        <translation>No habilitation is recorded for %1: only designated and trained agents may view images (article L252-2). Ask your supervisor.</translation>
    </message>
    <message>
        <source>The habilitation of %1 expired on %2: viewing images is not allowed until it is renewed.</source>
        <translation>The habilitation of %1 expired on %2: viewing images is not allowed until it is renewed.</translation>
    </message>
    <message>
        <source>The data-protection training of %1 is not recorded: viewing images is not allowed.</source>
        <translation>The data-protection training of %1 is not recorded: viewing images is not allowed.</translation>
    </message>
    <message>
        <source>This camera is outside the territory of your habilitation (commune %1).</source>
        <translation>This camera is outside the territory of your habilitation (commune %1).</translation>
    </message>
    <message>
        <source>Unknown user &quot;%1&quot;.</source>
        <translation>Unknown user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A habilitation needs who designated the agent, the territory, the training date and the expiry date.</source>
        <translation>A habilitation needs who designated the agent, the territory, the training date and the expiry date.</translation>
    </message>
    <message>
        <source>search the main courante</source>
        <translation>search the main courante</translation>
    </message>
    <message>
        <source>verbalise parking offences</source>
        <translation>verbalise parking offences</translation>
    </message>
    <message>
        <source>verbalise traffic offences</source>
        <translation>verbalise traffic offences</translation>
    </message>
    <message>
        <source>administer the central database</source>
        <translation>administer the central database</translation>
    </message>
    <message>
        <source>change the workstation&apos;s security settings</source>
        <translation>change the workstation&apos;s security settings</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot; exists in this register.</source>
        <translation>No account &quot;%1&quot; exists in this register.</translation>
    </message>
    <message>
        <source>The account %1 is locked after failed logins.</source>
        <translation>The account %1 is locked after failed logins.</translation>
    </message>
    <message>
        <source>Camera %1 has no commune (INSEE code) in the directory: nobody may view it until its commune is recorded.</source>
        <translation>Camera %1 has no commune (INSEE code) in the directory: nobody may view it until its commune is recorded.</translation>
    </message>
    <message>
        <source>manage the camera directory</source>
        <translation>manage the camera directory</translation>
    </message>
    <message>
        <source>manage the incident typology</source>
        <translation>manage the incident typology</translation>
    </message>
    <message>
        <source>manage the NATINF catalogue</source>
        <translation>manage the NATINF catalogue</translation>
    </message>
    <message>
        <source>read the video-verbalisation tickets</source>
        <translation>read the video-verbalisation tickets</translation>
    </message>
    <message>
        <source>transmit video-verbalisation tickets</source>
        <translation>transmit video-verbalisation tickets</translation>
    </message>
    <message>
        <source>manage the landlords&apos; conventions</source>
        <translation>manage the landlords&apos; conventions</translation>
    </message>
    <message>
        <source>handle the landlords&apos; calls and viewing requests</source>
        <translation>handle the landlords&apos; calls and viewing requests</translation>
    </message>
    <message>
        <source>review and export the bailleur register</source>
        <translation>review and export the bailleur register</translation>
    </message>
    <message>
        <source>configure the video detectors</source>
        <translation>configure the video detectors</translation>
    </message>
    <message>
        <source>Camera %1 belongs to a social landlord (convention %2): it may be viewed only during a viewing session opened on the landlord&apos;s request, and none covers it now.</source>
        <translation>Camera %1 belongs to a social landlord (convention %2): it may be viewed only during a viewing session opened on the landlord&apos;s request, and none covers it now.</translation>
    </message>
    <message>
        <source>save PTZ presets</source>
        <translation>save PTZ presets</translation>
    </message>
    <message>
        <source>take over a PTZ camera</source>
        <translation>take over a PTZ camera</translation>
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
        <source>Unknown user &quot;%1&quot;.</source>
        <translation>Unknown user &quot;%1&quot;.</translation>
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
        <source>This account is disabled. Ask an administrator.</source>
        <translation>This account is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <source>Only %1 or a supervisor can unlock this desk. To change operator, %1 logs out.</source>
        <translation>Only %1 or a supervisor can unlock this desk. To change operator, %1 logs out.</translation>
    </message>
    <message>
        <source>This register already has users: the first administrator is created only in an empty register. An administrator creates the other accounts with vigiectl --user LOGIN user add.</source>
        <translation>This register already has users: the first administrator is created only in an empty register. An administrator creates the other accounts with vigiectl --user LOGIN user add.</translation>
    </message>
    <message>
        <source>This register already has users: the first administrator is created only in an empty register.</source>
        <translation>This register already has users: the first administrator is created only in an empty register.</translation>
    </message>
    <message>
        <source>The current password is wrong: the password of %1 is unchanged.</source>
        <translation>The current password is wrong: the password of %1 is unchanged.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>The account %1 is disabled.</translation>
    </message>
    <message>
        <source>The logout cannot be recorded in the journal, so the session stays open: %1</source>
        <translation>The logout cannot be recorded in the journal, so the session stays open: %1</translation>
    </message>
    <message>
        <source>The lock cannot be recorded in the journal: %1</source>
        <translation>The lock cannot be recorded in the journal: %1</translation>
    </message>
    <message>
        <source>The unlock cannot be recorded in the journal: the desk stays locked. %1</source>
        <translation>The unlock cannot be recorded in the journal: the desk stays locked. %1</translation>
    </message>
    <message>
        <source>The login cannot be recorded in the journal, so it is refused: %1</source>
        <translation>The login cannot be recorded in the journal, so it is refused: %1</translation>
    </message>
    <message>
        <source>This account is locked after %1 failed attempts, until %2. An administrator can unlock it.</source>
        <translation>This account is locked after %1 failed attempts, until %2. An administrator can unlock it.</translation>
    </message>
    <message>
        <source>The stored password of this account cannot be checked (its hash asks for more than %L1 iterations). An administrator must set a new one.</source>
        <translation>The stored password of this account cannot be checked (its hash asks for more than %L1 iterations). An administrator must set a new one.</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked until %1. An administrator can unlock it.</source>
        <translation>Too many failed attempts: this account is locked until %1. An administrator can unlock it.</translation>
    </message>
    <message>
        <source>Cannot apply the login events of %1</source>
        <translation>Cannot apply the login events of %1</translation>
    </message>
    <message>
        <source>Cannot save the account %1</source>
        <translation>Cannot save the account %1</translation>
    </message>
    <message>
        <source>The account %1 names an unknown role &quot;%2&quot;.</source>
        <translation>The account %1 names an unknown role &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The account %1 has no role or no password.</source>
        <translation>The account %1 has no role or no password.</translation>
    </message>
    <message>
        <source>A first administrator (%1) is accepted only by a register with no user; this one has accounts.</source>
        <translation>A first administrator (%1) is accepted only by a register with no user; this one has accounts.</translation>
    </message>
    <message>
        <source>A first administrator must be created by itself, as an administrator.</source>
        <translation>A first administrator must be created by itself, as an administrator.</translation>
    </message>
    <message>
        <source>%1 is not an active account of this register.</source>
        <translation>%1 is not an active account of this register.</translation>
    </message>
</context>
<context>
    <name>vigie::access::ReferenceGate</name>
    <message>
        <source>%1 is not an account of this register: nobody here gave them the right to %2.</source>
        <translation>%1 is not an account of this register: nobody here gave them the right to %2.</translation>
    </message>
    <message>
        <source>The account %1 is disabled here.</source>
        <translation>The account %1 is disabled here.</translation>
    </message>
    <message>
        <source>The roles of %1 do not allow them to %2.</source>
        <translation>The roles of %1 do not allow them to %2.</translation>
    </message>
    <message>
        <source>Cannot apply entry %1 of %2</source>
        <translation>Cannot apply entry %1 of %2</translation>
    </message>
    <message>
        <source>Cannot record the refusal of entry %1 of %2</source>
        <translation>Cannot record the refusal of entry %1 of %2</translation>
    </message>
</context>
<context>
    <name>vigie::access::SessionSettings</name>
    <message>
        <source>The idle-lock delay in the settings (&quot;%1&quot;) is not between %2 and %3 minutes: the desk locks after %4 min without input. An administrator sets it in Tools &gt; Settings.</source>
        <translation>The idle-lock delay in the settings (&quot;%1&quot;) is not between %2 and %3 minutes: the desk locks after %4 min without input. An administrator sets it in Tools &gt; Settings.</translation>
    </message>
    <message>
        <source>The idle-lock delay is from %1 to %2 minutes.</source>
        <translation>The idle-lock delay is from %1 to %2 minutes.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Cannot write the settings file %1.</translation>
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
    <name>vigie::access::ViewGrants</name>
    <message>
        <source>Cannot save the viewing grants</source>
        <translation>Cannot save the viewing grants</translation>
    </message>
</context>
<context>
    <name>vigie::access::ViewingSession</name>
    <message>
        <source>Cannot record the viewing of camera %1</source>
        <translation>Cannot record the viewing of camera %1</translation>
    </message>
    <message>
        <source>Cannot record the end of the viewing of camera %1</source>
        <translation>Cannot record the end of the viewing of camera %1</translation>
    </message>
    <message>
        <source>Cannot read the viewings left open</source>
        <translation>Cannot read the viewings left open</translation>
    </message>
    <message>
        <source>Cannot close a viewing left open</source>
        <translation>Cannot close a viewing left open</translation>
    </message>
</context>
<context>
    <name>vigie::analytics::AlarmLog</name>
    <message>
        <source>There is no alarm %1.</source>
        <translation>There is no alarm %1.</translation>
    </message>
    <message>
        <source>This alarm was already acknowledged by %1 on %2.</source>
        <translation>This alarm was already acknowledged by %1 on %2.</translation>
    </message>
    <message>
        <source>Cannot record the alarm %1</source>
        <translation>Cannot record the alarm %1</translation>
    </message>
    <message>
        <source>An alarm is acknowledged with a comment: what was seen, what was done.</source>
        <translation>An alarm is acknowledged with a comment: what was seen, what was done.</translation>
    </message>
    <message>
        <source>Cannot read the alarms&apos; pictures</source>
        <translation>Cannot read the alarms&apos; pictures</translation>
    </message>
    <message>
        <source>retention of the cameras&apos; images (30 days at most, L252-5)</source>
        <translation>retention of the cameras&apos; images (30 days at most, L252-5)</translation>
    </message>
    <message>
        <source>Cannot purge the alarms&apos; pictures</source>
        <translation>Cannot purge the alarms&apos; pictures</translation>
    </message>
    <message>
        <source>Cannot read the alarms kept</source>
        <translation>Cannot read the alarms kept</translation>
    </message>
    <message>
        <source>retention of the video analytics&apos; alarms</source>
        <translation>retention of the video analytics&apos; alarms</translation>
    </message>
    <message>
        <source>Cannot purge the alarms</source>
        <translation>Cannot purge the alarms</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm picture(s) past their camera&apos;s retention removed.</source>
        <translation>
            <numerusform>%n alarm picture past their camera&apos;s retention removed.</numerusform>
            <numerusform>%n alarm pictures past their camera&apos;s retention removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video analytics alarm(s) past their retention removed.</source>
        <translation>
            <numerusform>%n video analytics alarm past their retention removed.</numerusform>
            <numerusform>%n video analytics alarms past their retention removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the picture of the alarm %1</source>
        <translation>Cannot record the picture of the alarm %1</translation>
    </message>
    <message>
        <source>This picture is not the one its alarm recorded (its SHA-256 differs): it is not shown.</source>
        <translation>This picture is not the one its alarm recorded (its SHA-256 differs): it is not shown.</translation>
    </message>
</context>
<context>
    <name>vigie::analytics::ClipReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The pictures of %1 are in a format that cannot be converted.</source>
        <translation>The pictures of %1 are in a format that cannot be converted.</translation>
    </message>
    <message>
        <source>its data are not those of a video</source>
        <translation>its data are not those of a video</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>it ends too early</translation>
    </message>
    <message>
        <source>its video is in a format Vigie cannot decode</source>
        <translation>its video is in a format Vigie cannot decode</translation>
    </message>
    <message>
        <source>it holds no video</source>
        <translation>it holds no video</translation>
    </message>
    <message>
        <source>reading it is not allowed</source>
        <translation>reading it is not allowed</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>the disk could not be read</translation>
    </message>
    <message>
        <source>memory ran out</source>
        <translation>memory ran out</translation>
    </message>
    <message>
        <source>error %1, detailed in the log</source>
        <translation>error %1, detailed in the log</translation>
    </message>
    <message>
        <source>The file %1 is not a video that can be read: %2.</source>
        <translation>The file %1 is not a video that can be read: %2.</translation>
    </message>
    <message>
        <source>The video of %1 cannot be decoded: %2.</source>
        <translation>The video of %1 cannot be decoded: %2.</translation>
    </message>
    <message>
        <source>The video of %1 is damaged after picture %2: %3.</source>
        <translation>The video of %1 is damaged after picture %2: %3.</translation>
    </message>
    <message>
        <source>The file %1 breaks off after picture %2: %3.</source>
        <translation>The file %1 breaks off after picture %2: %3.</translation>
    </message>
</context>
<context>
    <name>vigie::analytics::CountLog</name>
    <message>
        <source>left to right</source>
        <translation>left to right</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>right to left</translation>
    </message>
    <message>
        <source>top to bottom</source>
        <translation>top to bottom</translation>
    </message>
    <message>
        <source>bottom to top</source>
        <translation>bottom to top</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation>Occupancy (%)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The period of the report must end after it starts.</source>
        <translation>The period of the report must end after it starts.</translation>
    </message>
    <message>
        <source>This period is too long to report by hour: report it by day.</source>
        <translation>This period is too long to report by hour: report it by day.</translation>
    </message>
    <message>
        <source>Cannot read the counts</source>
        <translation>Cannot read the counts</translation>
    </message>
    <message>
        <source>Cannot record the counts of %1</source>
        <translation>Cannot record the counts of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) of video analytics counts past their retention removed.</source>
        <translation>
            <numerusform>%n quarter of video analytics counts past its retention removed.</numerusform>
            <numerusform>%n quarters of video analytics counts past their retention removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed (min)</source>
        <translation>Observed (min)</translation>
    </message>
    <message>
        <source>retention of the video analytics&apos; counts</source>
        <translation>retention of the video analytics&apos; counts</translation>
    </message>
    <message>
        <source>Cannot purge the counts</source>
        <translation>Cannot purge the counts</translation>
    </message>
    <message>
        <source>-: not observed (no picture analysed: camera lost, analytics stopped). Fewer minutes observed than the hour or day has: the counts cover only those minutes.</source>
        <translation>-: not observed (no picture analysed: camera lost, analytics stopped). Fewer minutes observed than the hour or day has: the counts cover only those minutes.</translation>
    </message>
</context>
<context>
    <name>vigie::analytics::DetectorConfig</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (HH:MM).</source>
        <translation>&quot;%1&quot; is not a time of day (HH:MM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule window (HH:MM-HH:MM@DAYS, days 1 Monday to 7 Sunday, as 1-5 or 6,7).</source>
        <translation>&quot;%1&quot; is not a schedule window (HH:MM-HH:MM@DAYS, days 1 Monday to 7 Sunday, as 1-5 or 6,7).</translation>
    </message>
    <message>
        <source>The schedule window &quot;%1&quot; is empty.</source>
        <translation>The schedule window &quot;%1&quot; is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day or a range of days (1 Monday to 7 Sunday).</source>
        <translation>&quot;%1&quot; is not a day or a range of days (1 Monday to 7 Sunday).</translation>
    </message>
    <message>
        <source>This detector configuration was written by a newer version of Vigie (format %1; this one reads up to %2): update this workstation.</source>
        <translation>This detector configuration was written by a newer version of Vigie (format %1; this one reads up to %2): update this workstation.</translation>
    </message>
    <message>
        <source>The camera number is missing.</source>
        <translation>The camera number is missing.</translation>
    </message>
    <message>
        <source>The detector needs a name.</source>
        <translation>The detector needs a name.</translation>
    </message>
    <message>
        <source>The zone&apos;s point %1 is outside the picture: coordinates go from 0 to 1, from the top left corner.</source>
        <translation>The zone&apos;s point %1 is outside the picture: coordinates go from 0 to 1, from the top left corner.</translation>
    </message>
    <message>
        <source>The zone needs at least three points around a surface.</source>
        <translation>The zone needs at least three points around a surface.</translation>
    </message>
    <message>
        <source>The line&apos;s end %1 is outside the picture: coordinates go from 0 to 1, from the top left corner.</source>
        <translation>The line&apos;s end %1 is outside the picture: coordinates go from 0 to 1, from the top left corner.</translation>
    </message>
    <message>
        <source>The counting line is missing or too short.</source>
        <translation>The counting line is missing or too short.</translation>
    </message>
    <message>
        <source>This detector needs a zone: the lane or the parking places.</source>
        <translation>This detector needs a zone: the lane or the parking places.</translation>
    </message>
    <message>
        <source>The sensitivity goes from 0 to 1.</source>
        <translation>The sensitivity goes from 0 to 1.</translation>
    </message>
    <message>
        <source>The smallest object is a share of the picture, above 0 and below 1.</source>
        <translation>The smallest object is a share of the picture, above 0 and below 1.</translation>
    </message>
    <message>
        <source>The occupancy threshold is a share of the lane, above 0 and up to 1.</source>
        <translation>The occupancy threshold is a share of the lane, above 0 and up to 1.</translation>
    </message>
    <message>
        <source>The durations must be positive, and the re-checks of a parked vehicle more frequent than its threshold.</source>
        <translation>The durations must be positive, and the re-checks of a parked vehicle more frequent than its threshold.</translation>
    </message>
    <message>
        <source>A gathering needs at least one person.</source>
        <translation>A gathering needs at least one person.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a point X,Y of the zone.</source>
        <translation>&quot;%1&quot; is not a point X,Y of the zone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line X1,Y1,X2,Y2.</source>
        <translation>&quot;%1&quot; is not a line X1,Y1,X2,Y2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a direction: degrees (0 right, 90 down) or right, down, left, up.</source>
        <translation>&quot;%1&quot; is not a direction: degrees (0 right, 90 down) or right, down, left, up.</translation>
    </message>
</context>
<context>
    <name>vigie::analytics::DetectorSettings</name>
    <message>
        <source>Camera %1 has no detector named &quot;%2&quot;.</source>
        <translation>Camera %1 has no detector named &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The event names detector %1 but carries detector %2.</source>
        <translation>The event names detector %1 but carries detector %2.</translation>
    </message>
    <message>
        <source>Cannot save the detector %1</source>
        <translation>Cannot save the detector %1</translation>
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
    <name>vigie::app::AlarmDesk</name>
    <message>
        <source>ALARM: %1</source>
        <translation>ALARM: %1</translation>
    </message>
    <message>
        <source>Alarm not acknowledged: %1</source>
        <translation>Alarm not acknowledged: %1</translation>
    </message>
    <message>
        <source>Alarm acknowledged: %1</source>
        <translation>Alarm acknowledged: %1</translation>
    </message>
    <message>
        <source>Acknowledge the alarm</source>
        <translation>Acknowledge the alarm</translation>
    </message>
    <message>
        <source>%1 on camera %2 at %3. What was seen, what was done?</source>
        <translation>%1 on camera %2 at %3. What was seen, what was done?</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Alarm snoozed for %n minute(s) on this desk.</source>
        <translation>
            <numerusform>Alarm snoozed for %n minute on this desk.</numerusform>
            <numerusform>Alarm snoozed for %n minutes on this desk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze the alarm</source>
        <translation>Snooze the alarm</translation>
    </message>
    <message>
        <source>Silence and hide this alarm on this desk for how many minutes? It stays open for every desk.</source>
        <translation>Silence and hide this alarm on this desk for how many minutes? It stays open for every desk.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>No open alarm.</source>
        <translation>No open alarm.</translation>
    </message>
    <message>
        <source>Video analytics alarm: %1, detector &quot;%2&quot;, %3.</source>
        <translation>Video analytics alarm: %1, detector &quot;%2&quot;, %3.</translation>
    </message>
    <message>
        <source>Incident from the alarm &quot;%1&quot; on camera %2</source>
        <translation>Incident from the alarm &quot;%1&quot; on camera %2</translation>
    </message>
    <message>
        <source>Incident %1 recorded from the alarm.</source>
        <translation>Incident %1 recorded from the alarm.</translation>
    </message>
</context>
<context>
    <name>vigie::app::BailleurDesk</name>
    <message>
        <source>Bailleur session of %1 extended: it now ends at %2.</source>
        <translation>Bailleur session of %1 extended: it now ends at %2.</translation>
    </message>
    <message numerus="yes">
        <source>The bailleur session of %1 (cameras %2) ends in %n second(s): extend it with Shift+F7 if the intervention needs it.</source>
        <translation>
            <numerusform>The bailleur session of %1 (cameras %2) ends in %n second: extend it with Shift+F7 if the intervention needs it.</numerusform>
            <numerusform>The bailleur session of %1 (cameras %2) ends in %n seconds: extend it with Shift+F7 if the intervention needs it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bailleur session of %1 opened until %2: %n camera(s).</source>
        <translation>
            <numerusform>Bailleur session of %1 opened until %2: %n camera.</numerusform>
            <numerusform>Bailleur session of %1 opened until %2: %n cameras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bailleur session of %1 closed at its limit, %2.</source>
        <translation>Bailleur session of %1 closed at its limit, %2.</translation>
    </message>
    <message>
        <source>Bailleur session of %1 closed by hand at %2 (%3).</source>
        <translation>Bailleur session of %1 closed by hand at %2 (%3).</translation>
    </message>
    <message>
        <source>Bailleur call logged: %1, %2 %3.</source>
        <translation>Bailleur call logged: %1, %2 %3.</translation>
    </message>
    <message>
        <source>Request from a landlord&apos;s alert</source>
        <translation>Request from a landlord&apos;s alert</translation>
    </message>
    <message>
        <source>Request from the call of %1: %2</source>
        <translation>Request from the call of %1: %2</translation>
    </message>
    <message>
        <source>Bailleur request refused: %1</source>
        <translation>Bailleur request refused: %1</translation>
    </message>
    <message numerus="yes">
        <source>The convention %1 with %2 expires on %3 (in %n day(s)): its renewal is a new decision of the préfet; without it, no session can open.</source>
        <translation>
            <numerusform>The convention %1 with %2 expires on %3 (in %n day): its renewal is a new decision of the préfet; without it, no session can open.</numerusform>
            <numerusform>The convention %1 with %2 expires on %3 (in %n days): its renewal is a new decision of the préfet; without it, no session can open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Urban supervision centre</source>
        <translation>Urban supervision centre</translation>
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
    <message>
        <source>Incident at %1</source>
        <translation>Incident at %1</translation>
    </message>
    <message>
        <source>Incident on camera %1 at %2</source>
        <translation>Incident on camera %1 at %2</translation>
    </message>
    <message>
        <source>Incident %1 recorded.</source>
        <translation>Incident %1 recorded.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>Incident %1 updated.</source>
        <translation>Incident %1 updated.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Journal altered</source>
        <translation>Journal altered</translation>
    </message>
    <message>
        <source>Desk locked after a time without input.</source>
        <translation>Desk locked after a time without input.</translation>
    </message>
    <message>
        <source>Desk locked.</source>
        <translation>Desk locked.</translation>
    </message>
    <message>
        <source>Desk unlocked by the supervisor %1.</source>
        <translation>Desk unlocked by the supervisor %1.</translation>
    </message>
    <message>
        <source>Desk unlocked.</source>
        <translation>Desk unlocked.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>No shift is open on this workstation.</source>
        <translation>No shift is open on this workstation.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Urban supervision centre</source>
        <translation>Urban supervision centre</translation>
    </message>
    <message>
        <source>Shift %1: %2</source>
        <translation>Shift %1: %2</translation>
    </message>
    <message>
        <source>Shift closed: the incoming chef has taken over.</source>
        <translation>Shift closed: the incoming chef has taken over.</translation>
    </message>
    <message>
        <source>Select a tile showing a camera to take a snapshot.</source>
        <translation>Select a tile showing a camera to take a snapshot.</translation>
    </message>
    <message>
        <source>Snapshot of camera %1 saved: %2</source>
        <translation>Snapshot of camera %1 saved: %2</translation>
    </message>
    <message>
        <source>Tour stopped.</source>
        <translation>Tour stopped.</translation>
    </message>
    <message numerus="yes">
        <source>Tour of %n camera(s), %1 s each.</source>
        <translation>
            <numerusform>Tour of %n camera, %1 s each.</numerusform>
            <numerusform>Tour of %n cameras, %1 s each.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit Vigie</source>
        <translation>Quit Vigie</translation>
    </message>
    <message>
        <source>Close Vigie on this workstation? Every wall stops and %1 is logged out.</source>
        <translation>Close Vigie on this workstation? Every wall stops and %1 is logged out.</translation>
    </message>
    <message>
        <source>Keep Vigie open</source>
        <translation>Keep Vigie open</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message numerus="yes">
        <source>The desk now locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>The desk now locks after %n minute without input.</numerusform>
            <numerusform>The desk now locks after %n minutes without input.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tile with a camera has the focus: on which camera is the incident?</source>
        <translation>No tile with a camera has the focus: on which camera is the incident?</translation>
    </message>
    <message>
        <source>The habilitation of %1 has expired: the views it covered are stopped.</source>
        <translation>The habilitation of %1 has expired: the views it covered are stopped.</translation>
    </message>
    <message>
        <source>Changes refused</source>
        <translation>Changes refused</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to accounts, cameras or the typology received from other workstations were refused here.</source>
        <translation>
            <numerusform>%n change to accounts, cameras or the typology received from another workstation was refused here.</numerusform>
            <numerusform>%n changes to accounts, cameras or the typology received from other workstations were refused here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their authors did not hold the right in this register, or the change could not be applied. They stay in the journal but changed nothing. Open the details for the list (also: vigiectl journal refusals).</source>
        <translation>Their authors did not hold the right in this register, or the change could not be applied. They stay in the journal but changed nothing. Open the details for the list (also: vigiectl journal refusals).</translation>
    </message>
    <message>
        <source>%1, %2 entry %3: %4 by %5 on %6. %7</source>
        <translation>%1, %2 entry %3: %4 by %5 on %6. %7</translation>
    </message>
    <message>
        <source>Maintenance: camera %1 down for more than %2 min (since %3): %4</source>
        <translation>Maintenance: camera %1 down for more than %2 min (since %3): %4</translation>
    </message>
    <message>
        <source>No picture is taken from a landlord&apos;s camera: it is viewed, never recorded.</source>
        <translation>No picture is taken from a landlord&apos;s camera: it is viewed, never recorded.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera directory changed: %1. The tree, the walls and the map show it.</source>
        <translation>Camera directory changed: %1. The tree, the walls and the map show it.</translation>
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
        <translation>Incidents (daily log)</translation>
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
    <message>
        <source>&amp;Main courante</source>
        <translation>&amp;Daily log</translation>
    </message>
    <message>
        <source>&amp;New incident on the focused tile</source>
        <translation>&amp;New incident on the focused tile</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Open the shift…</source>
        <translation>&amp;Open the shift…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Hand over the shift…</source>
        <translation>&amp;Hand over the shift…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Take over the shift (incoming chef)…</source>
        <translation>&amp;Take over the shift (incoming chef)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Shift log &amp;review, visa and export…</source>
        <translation>Shift log &amp;review, visa and export…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Verify the journal</source>
        <translation>&amp;Verify the journal</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Shift: %1 — not opened (Ctrl+Shift+O)</source>
        <translation>Shift: %1 — not opened (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Shift: %1 — chef de salle %2 — %3</source>
        <translation>Shift: %1 — shift supervisor %2 — %3</translation>
    </message>
    <message>
        <source>Loc&amp;k the desk</source>
        <translation>Loc&amp;k the desk</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Snapshot of the focused tile</source>
        <translation>&amp;Snapshot of the focused tile</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>&amp;Tour on the focused tile or the wall…</source>
        <translation>&amp;Tour on the focused tile or the wall…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Pause or resume the tour of the tile</source>
        <translation>Pause or resume the tour of the tile</translation>
    </message>
    <message>
        <source>Walls</source>
        <translation>Walls</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Erase the last digit typed</source>
        <translation>Erase the last digit typed</translation>
    </message>
    <message>
        <source>Shift dialogs</source>
        <translation>Shift dialogs</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Open, hand over, sign or add to the shift</source>
        <translation>Open, hand over, sign or add to the shift</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>&amp;Next wall</source>
        <translation>&amp;Next wall</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>&amp;Previous wall</source>
        <translation>&amp;Previous wall</translation>
    </message>
    <message>
        <source>Shift+F6</source>
        <translation>Shift+F6</translation>
    </message>
    <message>
        <source>Camera &amp;maintenance…</source>
        <translation>Camera &amp;maintenance…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>V&amp;erbalisation</source>
        <translation>V&amp;erbalisation</translation>
    </message>
    <message>
        <source>&amp;New ticket from the focused live tile</source>
        <translation>&amp;New ticket from the focused live tile</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>&amp;Tickets…</source>
        <translation>&amp;Tickets…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Bailleur</source>
        <translation>&amp;Bailleur</translation>
    </message>
    <message>
        <source>&amp;Log a call with a landlord…</source>
        <translation>&amp;Log a call with a landlord…</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Viewing &amp;sessions, landlord&apos;s alert…</source>
        <translation>Viewing &amp;sessions, landlord&apos;s alert…</translation>
    </message>
    <message>
        <source>Shift+F7</source>
        <translation>Shift+F7</translation>
    </message>
    <message>
        <source>&amp;Register, review, visa and export…</source>
        <translation>&amp;Register, review, visa and export…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <source>&amp;Alarms</source>
        <translation>&amp;Alarms</translation>
    </message>
    <message>
        <source>&amp;Alarms list</source>
        <translation>&amp;Alarms list</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>&amp;Camera of the newest alarm</source>
        <translation>&amp;Camera of the newest alarm</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>Camera &amp;map</source>
        <translation>Camera &amp;map</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Video &amp;detectors…</source>
        <translation>Video &amp;detectors…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Counts and occupancy…</source>
        <translation>&amp;Counts and occupancy…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Add to or remove from &amp;favourites</source>
        <translation>Add to or remove from &amp;favourites</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>My &amp;groups of cameras…</source>
        <translation>My &amp;groups of cameras…</translation>
    </message>
    <message>
        <source>Camera &amp;directory…</source>
        <translation>Camera &amp;directory…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>PTZ cameras</source>
        <translation>PTZ cameras</translation>
    </message>
    <message>
        <source>Ctrl+arrows, + / -</source>
        <translation>Ctrl+arrows, + / -</translation>
    </message>
    <message>
        <source>PTZ: pan, tilt, zoom (held)</source>
        <translation>PTZ: pan, tilt, zoom (held)</translation>
    </message>
    <message>
        <source>Ctrl+drag, Ctrl+Home, F12</source>
        <translation>Ctrl+drag, Ctrl+Home, F12</translation>
    </message>
    <message>
        <source>PTZ: steer by dragging; home; take over</source>
        <translation>PTZ: steer by dragging; home; take over</translation>
    </message>
    <message>
        <source>N then *, Ctrl+*, Shift+F12</source>
        <translation>N then *, Ctrl+*, Shift+F12</translation>
    </message>
    <message>
        <source>PTZ: go to preset N; save it; the presets, named</source>
        <translation>PTZ: go to preset N; save it; the presets, named</translation>
    </message>
</context>
<context>
    <name>vigie::app::MapWindow</name>
    <message>
        <source>Vigie — camera map</source>
        <translation>Vigie — camera map</translation>
    </message>
</context>
<context>
    <name>vigie::app::PtzControl</name>
    <message>
        <source>You now steer camera %1.</source>
        <translation>You now steer camera %1.</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Preset %1</translation>
    </message>
    <message>
        <source>Camera %1 has no ONVIF address in the directory: it cannot be steered.</source>
        <translation>Camera %1 has no ONVIF address in the directory: it cannot be steered.</translation>
    </message>
    <message>
        <source>Camera %1: %2</source>
        <translation>Camera %1: %2</translation>
    </message>
    <message>
        <source>PTZ: %1</source>
        <translation>PTZ: %1</translation>
    </message>
    <message>
        <source>%1 took camera %2 over: you no longer steer it.</source>
        <translation>%1 took camera %2 over: you no longer steer it.</translation>
    </message>
    <message>
        <source>Camera %1 has no preset yet.</source>
        <translation>Camera %1 has no preset yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n preset(s) on the camera.</source>
        <translation>
            <numerusform>%n preset on the camera.</numerusform>
            <numerusform>%n presets on the camera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera %1 goes to preset %2.</source>
        <translation>Camera %1 goes to preset %2.</translation>
    </message>
    <message>
        <source>Preset %1 saved here as &quot;%2&quot;.</source>
        <translation>Preset %1 saved here as &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Preset %1 renamed &quot;%2&quot;.</source>
        <translation>Preset %1 renamed &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Preset %1 removed.</source>
        <translation>Preset %1 removed.</translation>
    </message>
    <message>
        <source>Reading the presets of camera %1…</source>
        <translation>Reading the presets of camera %1…</translation>
    </message>
    <message>
        <source>%1 steers camera %2 (desk %3 took it first): you no longer steer it.</source>
        <translation>%1 steers camera %2 (desk %3 took it first): you no longer steer it.</translation>
    </message>
</context>
<context>
    <name>vigie::app::SelectionDesk</name>
    <message>
        <source>Favourites: focus a tile with a camera, or select cameras in the tree, then Ctrl+D.</source>
        <translation>Favourites: focus a tile with a camera, or select cameras in the tree, then Ctrl+D.</translation>
    </message>
    <message>
        <source>Favourites: %1</source>
        <translation>Favourites: %1</translation>
    </message>
    <message>
        <source>Added to your favourites: %1</source>
        <translation>Added to your favourites: %1</translation>
    </message>
    <message>
        <source>Removed from your favourites: %1</source>
        <translation>Removed from your favourites: %1</translation>
    </message>
</context>
<context>
    <name>vigie::app::VerbalisationDesk</name>
    <message>
        <source>Select a tile showing a camera live to draft a ticket.</source>
        <translation>Select a tile showing a camera live to draft a ticket.</translation>
    </message>
    <message>
        <source>Camera %1 is not live (%2): a ticket is drafted only from what is seen live.</source>
        <translation>Camera %1 is not live (%2): a ticket is drafted only from what is seen live.</translation>
    </message>
    <message>
        <source>Camera %1 has no live picture at this instant: a ticket is drafted only from what is seen live.</source>
        <translation>Camera %1 has no live picture at this instant: a ticket is drafted only from what is seen live.</translation>
    </message>
    <message numerus="yes">
        <source>%1 frame(s) of %2: the stream stopped giving live pictures during the capture.</source>
        <translation>
            <numerusform>%1 frame of %2: the stream stopped giving live pictures during the capture.</numerusform>
            <numerusform>%1 frames of %2: the stream stopped giving live pictures during the capture.</numerusform>
        </translation>
    </message>
    <message>
        <source>Video-verbalisation is not available on this desk.</source>
        <translation>Video-verbalisation is not available on this desk.</translation>
    </message>
    <message>
        <source>A ticket is already being drafted.</source>
        <translation>A ticket is already being drafted.</translation>
    </message>
    <message>
        <source>Camera %1 — seen live on %2</source>
        <translation>Camera %1 — seen live on %2</translation>
    </message>
    <message>
        <source>%1 — INSEE %2</source>
        <translation>%1 — INSEE %2</translation>
    </message>
    <message>
        <source>Ticket %1: %2.</source>
        <translation>Ticket %1: %2.</translation>
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
    <name>vigie::cameras::CameraCredentials</name>
    <message>
        <source>No keyring is available on this machine (Secret Service or KWallet): camera credentials cannot be kept out of the register. Open a desktop session with gnome-keyring.</source>
        <translation>No keyring is available on this machine (Secret Service or KWallet): camera credentials cannot be kept out of the register. Open a desktop session with gnome-keyring.</translation>
    </message>
    <message>
        <source>The keyring refused: %1</source>
        <translation>The keyring refused: %1</translation>
    </message>
    <message>
        <source>The camera&apos;s user name is missing.</source>
        <translation>The camera&apos;s user name is missing.</translation>
    </message>
    <message>
        <source>The credentials of camera %1 stay in its address: %2</source>
        <translation>The credentials of camera %1 stay in its address: %2</translation>
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
    <message>
        <source>The stream address of camera %1 carries a user name or a password: the directory and its journal never hold a camera&apos;s credentials. Give the address without them.</source>
        <translation>The stream address of camera %1 carries a user name or a password: the directory and its journal never hold a camera&apos;s credentials. Give the address without them.</translation>
    </message>
    <message>
        <source>There is no such parent group.</source>
        <translation>There is no such parent group.</translation>
    </message>
    <message>
        <source>The event names camera %1 but carries camera %2.</source>
        <translation>The event names camera %1 but carries camera %2.</translation>
    </message>
    <message>
        <source>The INSEE code &quot;%1&quot; of camera %2 is not a French commune&apos;s code (5 characters, such as 92002 or 2A004).</source>
        <translation>The INSEE code &quot;%1&quot; of camera %2 is not a French commune&apos;s code (5 characters, such as 92002 or 2A004).</translation>
    </message>
    <message>
        <source>The coordinates of camera %1 must be a latitude between -90 and 90 and a longitude between -180 and 180 degrees, both or neither.</source>
        <translation>The coordinates of camera %1 must be a latitude between -90 and 90 and a longitude between -180 and 180 degrees, both or neither.</translation>
    </message>
    <message>
        <source>The viewing direction of camera %1 must be between 0 and 360 degrees (0: north, 90: east).</source>
        <translation>The viewing direction of camera %1 must be between 0 and 360 degrees (0: north, 90: east).</translation>
    </message>
    <message>
        <source>Camera %1 belongs to a bailleur: give the reference of its convention.</source>
        <translation>Camera %1 belongs to a bailleur: give the reference of its convention.</translation>
    </message>
    <message>
        <source>Camera %1 is already retired.</source>
        <translation>Camera %1 is already retired.</translation>
    </message>
    <message>
        <source>The ONVIF address of camera %1 is not a device service address (http://host/onvif/device_service).</source>
        <translation>The ONVIF address of camera %1 is not a device service address (http://host/onvif/device_service).</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::CameraFile</name>
    <message>
        <source>the coordinates &quot;%1&quot; are not a number of degrees.</source>
        <translation>the coordinates &quot;%1&quot; are not a number of degrees.</translation>
    </message>
    <message>
        <source>the viewing direction &quot;%1&quot; is not a number of degrees.</source>
        <translation>the viewing direction &quot;%1&quot; is not a number of degrees.</translation>
    </message>
    <message>
        <source>the owner &quot;%1&quot; is not commune, bailleur or autre.</source>
        <translation>the owner &quot;%1&quot; is not commune, bailleur or autre.</translation>
    </message>
    <message>
        <source>the transport &quot;%1&quot; is not tcp or udp.</source>
        <translation>the transport &quot;%1&quot; is not tcp or udp.</translation>
    </message>
    <message>
        <source>the retention &quot;%1&quot; is not a whole number of days.</source>
        <translation>the retention &quot;%1&quot; is not a whole number of days.</translation>
    </message>
    <message>
        <source>a retention of %1 days is over the 30 days the law allows (article L252-5).</source>
        <translation>a retention of %1 days is over the 30 days the law allows (article L252-5).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not oui or non (column %2).</source>
        <translation>&quot;%1&quot; is not oui or non (column %2).</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was changed.</source>
        <translation>The file is empty. Nothing was changed.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; of the first line is not one of the directory&apos;s (numero, nom, zone, adresse, insee, latitude, longitude, direction, proprietaire, convention, flux_principal, flux_secondaire, conservation, ptz, verbalisation, actif, retiree...): is this a camera CSV file with its header line? Nothing was changed.</source>
        <translation>The column &quot;%1&quot; of the first line is not one of the directory&apos;s (numero, nom, zone, adresse, insee, latitude, longitude, direction, proprietaire, convention, flux_principal, flux_secondaire, conservation, ptz, verbalisation, actif, retiree...): is this a camera CSV file with its header line? Nothing was changed.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the first line. Nothing was changed.</source>
        <translation>The column &quot;%1&quot; appears twice in the first line. Nothing was changed.</translation>
    </message>
    <message>
        <source>The first line has no camera number column (numero): is this a camera CSV file with its header line? Nothing was changed.</source>
        <translation>The first line has no camera number column (numero): is this a camera CSV file with its header line? Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a separator too many or missing?).</source>
        <translation>%1 fields where the header has %2 (a separator too many or missing?).</translation>
    </message>
    <message>
        <source>The JSON file is broken at character %1 (%2): a truncated file? Nothing was changed.</source>
        <translation>The JSON file is broken at character %1 (%2): a truncated file? Nothing was changed.</translation>
    </message>
    <message>
        <source>The JSON file holds no list of cameras (an array, or an object with a &quot;cameras&quot; array). Nothing was changed.</source>
        <translation>The JSON file holds no list of cameras (an array, or an object with a &quot;cameras&quot; array). Nothing was changed.</translation>
    </message>
    <message>
        <source>this entry is not an object.</source>
        <translation>this entry is not an object.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the directory.</source>
        <translation>&quot;%1&quot; is not a field of the directory.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Entry %1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1): save it as &quot;CSV UTF-8&quot; and import it again. Nothing was changed.</source>
        <translation>The file is not UTF-8 text (line %1): save it as &quot;CSV UTF-8&quot; and import it again. Nothing was changed.</translation>
    </message>
    <message>
        <source>the camera number is missing.</source>
        <translation>the camera number is missing.</translation>
    </message>
    <message>
        <source>the camera number &quot;%1&quot; is not a positive whole number.</source>
        <translation>the camera number &quot;%1&quot; is not a positive whole number.</translation>
    </message>
    <message>
        <source>camera number %1 is also given in entry %2.</source>
        <translation>camera number %1 is also given in entry %2.</translation>
    </message>
    <message>
        <source>camera number %1 is also given on line %2.</source>
        <translation>camera number %1 is also given on line %2.</translation>
    </message>
    <message>
        <source>the main stream address is missing.</source>
        <translation>the main stream address is missing.</translation>
    </message>
    <message>
        <source>the stream address carries a user name or a password: give it without them, and keep them in the keyring with &quot;vigiectl camera credentials&quot;.</source>
        <translation>the stream address carries a user name or a password: give it without them, and keep them in the keyring with &quot;vigiectl camera credentials&quot;.</translation>
    </message>
    <message>
        <source>the address %1 is already camera %2&apos;s.</source>
        <translation>the address %1 is already camera %2&apos;s.</translation>
    </message>
    <message>
        <source>the address %1 is also entry %2&apos;s.</source>
        <translation>the address %1 is also entry %2&apos;s.</translation>
    </message>
    <message>
        <source>the address %1 is also line %2&apos;s.</source>
        <translation>the address %1 is also line %2&apos;s.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::CameraHealthLog</name>
    <message numerus="yes">
        <source>%n camera outage(s) past their retention removed.</source>
        <translation>
            <numerusform>%n camera outage past their retention removed.</numerusform>
            <numerusform>%n camera outages past their retention removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>not watched</translation>
    </message>
    <message>
        <source>Cannot close the last watch of the cameras</source>
        <translation>Cannot close the last watch of the cameras</translation>
    </message>
    <message>
        <source>Cannot start watching the cameras&apos; health</source>
        <translation>Cannot start watching the cameras&apos; health</translation>
    </message>
    <message>
        <source>Cannot record the cameras&apos; health</source>
        <translation>Cannot record the cameras&apos; health</translation>
    </message>
    <message>
        <source>Cannot record the health of camera %1</source>
        <translation>Cannot record the health of camera %1</translation>
    </message>
    <message>
        <source>Cannot read the cameras&apos; outages</source>
        <translation>Cannot read the cameras&apos; outages</translation>
    </message>
    <message>
        <source>Cannot read the cameras&apos; health</source>
        <translation>Cannot read the cameras&apos; health</translation>
    </message>
    <message>
        <source>Cannot purge the cameras&apos; health</source>
        <translation>Cannot purge the cameras&apos; health</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Down time</source>
        <translation>Down time</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Outages</translation>
    </message>
    <message>
        <source>Down since</source>
        <translation>Down since</translation>
    </message>
    <message>
        <source>Last reason</source>
        <translation>Last reason</translation>
    </message>
    <message>
        <source>Camera availability from %1 to %2</source>
        <translation>Camera availability from %1 to %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Maintenance report printed on %1</source>
        <translation>Maintenance report printed on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) in service, </source>
        <translation>
            <numerusform>%n camera in service, </numerusform>
            <numerusform>%n cameras in service, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down at the time of printing.</source>
        <translation>
            <numerusform>%n down at the time of printing.</numerusform>
            <numerusform>%n down at the time of printing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::cameras::CameraSelections</name>
    <message>
        <source>Select a camera first.</source>
        <translation>Select a camera first.</translation>
    </message>
    <message>
        <source>The group name is missing.</source>
        <translation>The group name is missing.</translation>
    </message>
    <message>
        <source>You already have a group named &quot;%1&quot;.</source>
        <translation>You already have a group named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no such group of cameras.</source>
        <translation>There is no such group of cameras.</translation>
    </message>
    <message>
        <source>This group of cameras is %1&apos;s: only its owner may change it.</source>
        <translation>This group of cameras is %1&apos;s: only its owner may change it.</translation>
    </message>
    <message>
        <source>The event names no operator or no selection.</source>
        <translation>The event names no operator or no selection.</translation>
    </message>
    <message>
        <source>Cannot save the selection of cameras</source>
        <translation>Cannot save the selection of cameras</translation>
    </message>
    <message>
        <source>%1 may not change the cameras selected by %2.</source>
        <translation>%1 may not change the cameras selected by %2.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::OnvifClient</name>
    <message>
        <source>&quot;%1&quot; is not an ONVIF device address (http://host/onvif/device_service).</source>
        <translation>&quot;%1&quot; is not an ONVIF device address (http://host/onvif/device_service).</translation>
    </message>
    <message>
        <source>The answer of the device %1 is not readable: %2</source>
        <translation>The answer of the device %1 is not readable: %2</translation>
    </message>
    <message>
        <source>The device %1 does not support this operation: %2</source>
        <translation>The device %1 does not support this operation: %2</translation>
    </message>
    <message>
        <source>its clock is not a valid date.</source>
        <translation>its clock is not a valid date.</translation>
    </message>
    <message>
        <source>it offers no media service (Profile S).</source>
        <translation>it offers no media service (Profile S).</translation>
    </message>
    <message>
        <source>it has no video profile.</source>
        <translation>it has no video profile.</translation>
    </message>
    <message>
        <source>no RTSP address for profile %1.</source>
        <translation>no RTSP address for profile %1.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::OnvifDiscovery</name>
    <message>
        <source>Discovery cannot open its network socket: %1</source>
        <translation>Discovery cannot open its network socket: %1</translation>
    </message>
    <message>
        <source>Discovery could not send its probe: %1</source>
        <translation>Discovery could not send its probe: %1</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::OnvifPtz</name>
    <message>
        <source>The device %1 does not support this operation: %2</source>
        <translation>The device %1 does not support this operation: %2</translation>
    </message>
    <message>
        <source>it has no PTZ service.</source>
        <translation>it has no PTZ service.</translation>
    </message>
    <message>
        <source>The PTZ camera is not connected yet.</source>
        <translation>The PTZ camera is not connected yet.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::OnvifTransport</name>
    <message>
        <source>The device %1 did not answer within %2 s.</source>
        <translation>The device %1 did not answer within %2 s.</translation>
    </message>
    <message>
        <source>The answer of the device %1 is not readable: %2</source>
        <translation>The answer of the device %1 is not readable: %2</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes.</source>
        <translation>it is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>The device %1 refused the user name or password.</source>
        <translation>The device %1 refused the user name or password.</translation>
    </message>
    <message>
        <source>The device %1 cannot be reached: %2</source>
        <translation>The device %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>The device %1 does not support this operation: %2</source>
        <translation>The device %1 does not support this operation: %2</translation>
    </message>
    <message>
        <source>The device %1 answered with an error: %2</source>
        <translation>The device %1 answered with an error: %2</translation>
    </message>
    <message>
        <source>The device %1 has no ONVIF service at this address (HTTP %2).</source>
        <translation>The device %1 has no ONVIF service at this address (HTTP %2).</translation>
    </message>
    <message>
        <source>The device %1 answered HTTP %2.</source>
        <translation>The device %1 answered HTTP %2.</translation>
    </message>
    <message>
        <source>no SOAP body.</source>
        <translation>no SOAP body.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::OnvifXml</name>
    <message>
        <source>The answer is too large (%1 bytes, at most %2).</source>
        <translation>The answer is too large (%1 bytes, at most %2).</translation>
    </message>
    <message>
        <source>The answer declares a DTD, which is refused.</source>
        <translation>The answer declares a DTD, which is refused.</translation>
    </message>
    <message>
        <source>The answer refers to an unknown entity.</source>
        <translation>The answer refers to an unknown entity.</translation>
    </message>
    <message>
        <source>The answer has more than one document.</source>
        <translation>The answer has more than one document.</translation>
    </message>
    <message>
        <source>The answer nests too deep (over %1 levels).</source>
        <translation>The answer nests too deep (over %1 levels).</translation>
    </message>
    <message>
        <source>The answer has too many elements (over %1).</source>
        <translation>The answer has too many elements (over %1).</translation>
    </message>
    <message>
        <source>The answer is not well-formed XML (line %1: %2).</source>
        <translation>The answer is not well-formed XML (line %1: %2).</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>The answer is empty.</translation>
    </message>
</context>
<context>
    <name>vigie::cameras::PtzSteering</name>
    <message>
        <source>Camera %1 is being steered by %2 (desk %3) until %4. A chef de salle can take it over.</source>
        <translation>Camera %1 is being steered by %2 (desk %3) until %4. A chef de salle can take it over.</translation>
    </message>
    <message>
        <source>Cannot record who steers camera %1: %2</source>
        <translation>Cannot record who steers camera %1: %2</translation>
    </message>
    <message>
        <source>Give the preset a name: the room&apos;s procedures name it.</source>
        <translation>Give the preset a name: the room&apos;s procedures name it.</translation>
    </message>
    <message>
        <source>This lease on camera %1 would run %2 s after its own date: no desk grants more than %3 s.</source>
        <translation>This lease on camera %1 would run %2 s after its own date: no desk grants more than %3 s.</translation>
    </message>
    <message>
        <source>This lease on camera %1 is dated before its desk&apos;s previous one (%2): a desk&apos;s clock never goes back, the date was made up.</source>
        <translation>This lease on camera %1 is dated before its desk&apos;s previous one (%2): a desk&apos;s clock never goes back, the date was made up.</translation>
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
    <name>vigie::cameras::StreamUrl</name>
    <message>
        <source>The stream address of camera %1 is not valid.</source>
        <translation>The stream address of camera %1 is not valid.</translation>
    </message>
    <message>
        <source>The stream address of camera %1 is refused: only rtsp, rtsps, http and https addresses of a camera are accepted (&quot;%2&quot;).</source>
        <translation>The stream address of camera %1 is refused: only rtsp, rtsps, http and https addresses of a camera are accepted (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The stream address of camera %1 names no camera host.</source>
        <translation>The stream address of camera %1 names no camera host.</translation>
    </message>
</context>
<context>
    <name>vigie::csv::CsvText</name>
    <message>
        <source>The file is broken: the quotes opened on line %1 never close (a truncated file?). Nothing was changed.</source>
        <translation>The file is broken: the quotes opened on line %1 never close (a truncated file?). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>vigie::ctl::AnalyticsCtl</name>
    <message>
        <source>Unknown detector &quot;%1&quot;: line, intrusion, occupancy, stationary, wrongway or loitering.</source>
        <translation>Unknown detector &quot;%1&quot;: line, intrusion, occupancy, stationary, wrongway or loitering.</translation>
    </message>
    <message>
        <source>--%1 takes a number, not &quot;%2&quot;.</source>
        <translation>--%1 takes a number, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds.</source>
        <translation>--interval takes a number of seconds.</translation>
    </message>
    <message>
        <source>--min-objects takes a number.</source>
        <translation>--min-objects takes a number.</translation>
    </message>
    <message>
        <source>intrusion</source>
        <translation>intrusion</translation>
    </message>
    <message>
        <source>crossing</source>
        <translation>crossing</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>occupancy</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>saturation</translation>
    </message>
    <message>
        <source>end of saturation</source>
        <translation>end of saturation</translation>
    </message>
    <message>
        <source>parked vehicle first seen</source>
        <translation>parked vehicle first seen</translation>
    </message>
    <message>
        <source>parked vehicle still there</source>
        <translation>parked vehicle still there</translation>
    </message>
    <message>
        <source>abandoned vehicle</source>
        <translation>abandoned vehicle</translation>
    </message>
    <message>
        <source>wrong way</source>
        <translation>wrong way</translation>
    </message>
    <message>
        <source>loitering</source>
        <translation>loitering</translation>
    </message>
    <message>
        <source>gathering</source>
        <translation>gathering</translation>
    </message>
    <message>
        <source>left to right</source>
        <translation>left to right</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>right to left</translation>
    </message>
    <message>
        <source>top to bottom</source>
        <translation>top to bottom</translation>
    </message>
    <message>
        <source>bottom to top</source>
        <translation>bottom to top</translation>
    </message>
    <message>
        <source>run a detector on a video file: its events, counts per direction</source>
        <translation>run a detector on a video file: its events, counts per direction</translation>
    </message>
    <message>
        <source>add or change a camera&apos;s detector (chefs de salle)</source>
        <translation>add or change a camera&apos;s detector (chefs de salle)</translation>
    </message>
    <message>
        <source>remove a camera&apos;s detector (chefs de salle)</source>
        <translation>remove a camera&apos;s detector (chefs de salle)</translation>
    </message>
    <message>
        <source>list the detectors of every camera, or of one</source>
        <translation>list the detectors of every camera, or of one</translation>
    </message>
    <message>
        <source>list the alarms raised, newest first (--open: not acknowledged)</source>
        <translation>list the alarms raised, newest first (--open: not acknowledged)</translation>
    </message>
    <message>
        <source>acknowledge an alarm (journaled)</source>
        <translation>acknowledge an alarm (journaled)</translation>
    </message>
    <message>
        <source>Video analytics (zones and lines in picture coordinates, 0..1 from the top left):</source>
        <translation>Video analytics (zones and lines in picture coordinates, 0..1 from the top left):</translation>
    </message>
    <message>
        <source>analyze takes one FILE and --detector KIND (see vigiectl --help).</source>
        <translation>analyze takes one FILE and --detector KIND (see vigiectl --help).</translation>
    </message>
    <message>
        <source>--fps takes a number of pictures per second (0: every picture).</source>
        <translation>--fps takes a number of pictures per second (0: every picture).</translation>
    </message>
    <message>
        <source>frame %1	%2 s	%3%4</source>
        <translation>frame %1	%2 s	%3%4</translation>
    </message>
    <message>
        <source>No picture could be decoded from %1.</source>
        <translation>No picture could be decoded from %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 pictures analysed, %2 events.</source>
        <translation>%1 pictures analysed, %2 events.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>analytics set takes CAMERA NAME --detector KIND, analytics remove CAMERA NAME (see vigiectl --help).</source>
        <translation>analytics set takes CAMERA NAME --detector KIND, analytics remove CAMERA NAME (see vigiectl --help).</translation>
    </message>
    <message>
        <source>Detector %1 of camera %2 recorded.</source>
        <translation>Detector %1 of camera %2 recorded.</translation>
    </message>
    <message>
        <source>Detector %1 of camera %2 removed.</source>
        <translation>Detector %1 of camera %2 removed.</translation>
    </message>
    <message>
        <source>analytics ack takes one ALARM id.</source>
        <translation>analytics ack takes one ALARM id.</translation>
    </message>
    <message>
        <source>Alarm %1 acknowledged.</source>
        <translation>Alarm %1 acknowledged.</translation>
    </message>
    <message>
        <source>Unknown analytics command &quot;%1&quot;.</source>
        <translation>Unknown analytics command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time: write 2026-11-25 or 2026-11-25T22:00.</source>
        <translation>&quot;%1&quot; is not a date or time: write 2026-11-25 or 2026-11-25T22:00.</translation>
    </message>
    <message>
        <source>counts per direction and occupancy, per hour or day (those who may watch live)</source>
        <translation>counts per direction and occupancy, per hour or day (those who may watch live)</translation>
    </message>
    <message>
        <source>analytics report takes --camera N --from DATE --to DATE, and may take --detector NAME, --by hour|day, --format text|csv, --output FILE.</source>
        <translation>analytics report takes --camera N --from DATE --to DATE, and may take --detector NAME, --by hour|day, --format text|csv, --output FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
</context>
<context>
    <name>vigie::ctl::BailleurCtl</name>
    <message>
        <source>&quot;%1&quot; is not a camera number.</source>
        <translation>&quot;%1&quot; is not a camera number.</translation>
    </message>
    <message>
        <source>--%1: give a day as 2026-11-25.</source>
        <translation>--%1: give a day as 2026-11-25.</translation>
    </message>
    <message>
        <source>No call, request or session of the register has the id &quot;%1&quot; (give it whole, or its first or last 8 characters at least).</source>
        <translation>No call, request or session of the register has the id &quot;%1&quot; (give it whole, or its first or last 8 characters at least).</translation>
    </message>
    <message>
        <source>Unknown bailleur command &quot;%1&quot;.</source>
        <translation>Unknown bailleur command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>bailleur convention add takes the convention&apos;s reference.</source>
        <translation>bailleur convention add takes the convention&apos;s reference.</translation>
    </message>
    <message>
        <source>--building &quot;%1&quot;: write NAME=CAMERA,CAMERA[@ADDRESS].</source>
        <translation>--building &quot;%1&quot;: write NAME=CAMERA,CAMERA[@ADDRESS].</translation>
    </message>
    <message>
        <source>--contact &quot;%1&quot;: write NAME;SERVICE;NUMBER.</source>
        <translation>--contact &quot;%1&quot;: write NAME;SERVICE;NUMBER.</translation>
    </message>
    <message numerus="yes">
        <source>Convention %1 of %2 recorded: %n camera(s), valid until %3.</source>
        <translation>
            <numerusform>Convention %1 of %2 recorded: %n camera, valid until %3.</numerusform>
            <numerusform>Convention %1 of %2 recorded: %n cameras, valid until %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s): its renewal needs the préfet&apos;s approval</source>
        <translation>
            <numerusform>expires in %n day: its renewal needs the préfet&apos;s approval</numerusform>
            <numerusform>expires in %n days: its renewal needs the préfet&apos;s approval</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>cameras %1</source>
        <translation>cameras %1</translation>
    </message>
    <message>
        <source>Give --direction in or --direction out.</source>
        <translation>Give --direction in or --direction out.</translation>
    </message>
    <message>
        <source>Give --outcome answered, unanswered or refused.</source>
        <translation>Give --outcome answered, unanswered or refused.</translation>
    </message>
    <message>
        <source>Give --channel phone, radio or landlord_alert.</source>
        <translation>Give --channel phone, radio or landlord_alert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write 2026-11-25T22:00.</source>
        <translation>&quot;%1&quot; is not a time: write 2026-11-25T22:00.</translation>
    </message>
    <message>
        <source>Call %1 recorded (%2, %3).</source>
        <translation>Call %1 recorded (%2, %3).</translation>
    </message>
    <message>
        <source>bailleur calls import takes the exchange&apos;s Master.csv file.</source>
        <translation>bailleur calls import takes the exchange&apos;s Master.csv file.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) added from the exchange</source>
        <translation>
            <numerusform>%n call added from the exchange</numerusform>
            <numerusform>%n calls added from the exchange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the register</source>
        <translation>
            <numerusform>%n already in the register</numerusform>
            <numerusform>%n already in the register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no landlord</source>
        <translation>
            <numerusform>%n with no landlord</numerusform>
            <numerusform>%n with no landlord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused</source>
        <translation>
            <numerusform>%n line refused</numerusform>
            <numerusform>%n lines refused</numerusform>
        </translation>
    </message>
    <message>
        <source>bailleur request takes --convention ID --situation CODE --cameras N,M.</source>
        <translation>bailleur request takes --convention ID --situation CODE --cameras N,M.</translation>
    </message>
    <message>
        <source>Refused, and recorded in the register: %1</source>
        <translation>Refused, and recorded in the register: %1</translation>
    </message>
    <message>
        <source>Request %1 recorded: open its session with &quot;vigiectl bailleur session open %1&quot;.</source>
        <translation>Request %1 recorded: open its session with &quot;vigiectl bailleur session open %1&quot;.</translation>
    </message>
    <message>
        <source>bailleur refuse takes the request&apos;s id and --reason TEXT.</source>
        <translation>bailleur refuse takes the request&apos;s id and --reason TEXT.</translation>
    </message>
    <message>
        <source>Request %1 refused.</source>
        <translation>Request %1 refused.</translation>
    </message>
    <message>
        <source>bailleur session open REQUEST | close SESSION | extend SESSION --minutes N --reason TEXT | list.</source>
        <translation>bailleur session open REQUEST | close SESSION | extend SESSION --minutes N --reason TEXT | list.</translation>
    </message>
    <message>
        <source>Session %1 open until %2 for camera(s) %3.</source>
        <translation>Session %1 open until %2 for camera(s) %3.</translation>
    </message>
    <message>
        <source>Session %1 extended until %2.</source>
        <translation>Session %1 extended until %2.</translation>
    </message>
    <message>
        <source>Session %1 closed: its cameras are no longer viewable.</source>
        <translation>Session %1 closed: its cameras are no longer viewable.</translation>
    </message>
    <message>
        <source>No viewing session is open.</source>
        <translation>No viewing session is open.</translation>
    </message>
    <message>
        <source>opened by %1 at %2</source>
        <translation>opened by %1 at %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Give --format pdf or --format csv.</source>
        <translation>Give --format pdf or --format csv.</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.</source>
        <translation>Give the file to write with --output FILE.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Urban supervision centre</source>
        <translation>Urban supervision centre</translation>
    </message>
    <message numerus="yes">
        <source>Bailleur register written to %1 (%n entry(ies), SHA-256 %2).</source>
        <translation>
            <numerusform>Bailleur register written to %1 (%n entry, SHA-256 %2).</numerusform>
            <numerusform>Bailleur register written to %1 (%n entries, SHA-256 %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Register from %1 to %2 reviewed and signed by %3.</source>
        <translation>Register from %1 to %2 reviewed and signed by %3.</translation>
    </message>
    <message>
        <source>* bailleur convention add REF --landlord NAME --insee CODE</source>
        <translation>* bailleur convention add REF --landlord NAME --insee CODE</translation>
    </message>
    <message>
        <source>        --approved DATE --expires DATE --max-minutes N</source>
        <translation>        --approved DATE --expires DATE --max-minutes N</translation>
    </message>
    <message>
        <source>        --situation CODE... --building NAME=N,M[@ADDRESS]...</source>
        <translation>        --situation CODE... --building NAME=N,M[@ADDRESS]...</translation>
    </message>
    <message>
        <source>        [--contact NAME;SERVICE;NUMBER]...</source>
        <translation>        [--contact NAME;SERVICE;NUMBER]...</translation>
    </message>
    <message>
        <source>record or renew a landlord&apos;s convention (administrators)</source>
        <translation>record or renew a landlord&apos;s convention (administrators)</translation>
    </message>
    <message>
        <source>  bailleur convention list      the conventions, their expiry</source>
        <translation>  bailleur convention list      the conventions, their expiry</translation>
    </message>
    <message>
        <source>* bailleur call add --direction in|out --outcome answered|unanswered|refused</source>
        <translation>* bailleur call add --direction in|out --outcome answered|unanswered|refused</translation>
    </message>
    <message>
        <source>        --number N [--name --service --matricule --channel --at --note]</source>
        <translation>        --number N [--name --service --matricule --channel --at --note]</translation>
    </message>
    <message>
        <source>log a call with a landlord, answered or not</source>
        <translation>log a call with a landlord, answered or not</translation>
    </message>
    <message>
        <source>* bailleur calls import FILE   add the exchange&apos;s calls (Asterisk Master.csv)</source>
        <translation>* bailleur calls import FILE   add the exchange&apos;s calls (Asterisk Master.csv)</translation>
    </message>
    <message>
        <source>not logged by hand (exit code 3 if lines are refused)</source>
        <translation>not logged by hand (exit code 3 if lines are refused)</translation>
    </message>
    <message>
        <source>* bailleur request --convention REF --situation CODE --cameras N,M</source>
        <translation>* bailleur request --convention REF --situation CODE --cameras N,M</translation>
    </message>
    <message>
        <source>        [--incident ID] [--intervention TEXT] [--building NAME] [--minutes N]</source>
        <translation>        [--incident ID] [--intervention TEXT] [--building NAME] [--minutes N]</translation>
    </message>
    <message>
        <source>record a landlord&apos;s request (refusals are recorded too)</source>
        <translation>record a landlord&apos;s request (refusals are recorded too)</translation>
    </message>
    <message>
        <source>* bailleur refuse REQUEST --reason TEXT</source>
        <translation>* bailleur refuse REQUEST --reason TEXT</translation>
    </message>
    <message>
        <source>* bailleur session open REQUEST | close SESSION [--reason TEXT]</source>
        <translation>* bailleur session open REQUEST | close SESSION [--reason TEXT]</translation>
    </message>
    <message>
        <source>* bailleur session extend SESSION --minutes N --reason TEXT</source>
        <translation>* bailleur session extend SESSION --minutes N --reason TEXT</translation>
    </message>
    <message>
        <source>* bailleur session list</source>
        <translation>* bailleur session list</translation>
    </message>
    <message>
        <source>viewing sessions: only they let a landlord&apos;s cameras play</source>
        <translation>viewing sessions: only they let a landlord&apos;s cameras play</translation>
    </message>
    <message>
        <source>* bailleur register --from DATE --to DATE --format pdf|csv --output FILE</source>
        <translation>* bailleur register --from DATE --to DATE --format pdf|csv --output FILE</translation>
    </message>
    <message>
        <source>[--convention REF]: the register of the period</source>
        <translation>[--convention REF]: the register of the period</translation>
    </message>
    <message>
        <source>* bailleur visa --from DATE --to DATE [--remark TEXT]</source>
        <translation>* bailleur visa --from DATE --to DATE [--remark TEXT]</translation>
    </message>
    <message>
        <source>the supervisor&apos;s review and visa of the period</source>
        <translation>the supervisor&apos;s review and visa of the period</translation>
    </message>
    <message>
        <source>camera snapshot takes the camera&apos;s number and --output FILE.</source>
        <translation>camera snapshot takes the camera&apos;s number and --output FILE.</translation>
    </message>
    <message>
        <source>There is no camera %1 in service.</source>
        <translation>There is no camera %1 in service.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Camera %1: picture of %2 written to %3 (SHA-256 %4).</source>
        <translation>Camera %1: picture of %2 written to %3 (SHA-256 %4).</translation>
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
        <source>Unknown journal command &quot;%1&quot;.</source>
        <translation>Unknown journal command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>JOURNAL ALTERED:</source>
        <translation>JOURNAL ALTERED:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time: write 2026-11-25 or 2026-11-25T22:00.</source>
        <translation>&quot;%1&quot; is not a date or time: write 2026-11-25 or 2026-11-25T22:00.</translation>
    </message>
    <message>
        <source>This command acts as a user: give --user LOGIN (password from VIGIE_PASSWORD or standard input).</source>
        <translation>This command acts as a user: give --user LOGIN (password from VIGIE_PASSWORD or standard input).</translation>
    </message>
    <message>
        <source>Habilitation of %1 recorded, valid until %2.</source>
        <translation>Habilitation of %1 recorded, valid until %2.</translation>
    </message>
    <message>
        <source>Unknown incident command &quot;%1&quot;.</source>
        <translation>Unknown incident command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown partner &quot;%1&quot; (%2).</source>
        <translation>Unknown partner &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>Incident %1 recorded.</source>
        <translation>Incident %1 recorded.</translation>
    </message>
    <message>
        <source>The status is open or closed.</source>
        <translation>The status is open or closed.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Unknown shift command &quot;%1&quot;.</source>
        <translation>Unknown shift command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give --format pdf or --format csv.</source>
        <translation>Give --format pdf or --format csv.</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.</source>
        <translation>Give the file to write with --output FILE.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Urban supervision centre</source>
        <translation>Urban supervision centre</translation>
    </message>
    <message numerus="yes">
        <source>Shift log written to %1 (%n event(s), SHA-256 %2).</source>
        <translation>
            <numerusform>Shift log written to %1 (%n event, SHA-256 %2).</numerusform>
            <numerusform>Shift log written to %1 (%n events, SHA-256 %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>No central link: give --central postgresql://user@host:port/database or set central/uri in the settings.</source>
        <translation>No central link: give --central postgresql://user@host:port/database or set central/uri in the settings.</translation>
    </message>
    <message>
        <source>Unknown central command &quot;%1&quot;.</source>
        <translation>Unknown central command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>central pull takes --full: everything central holds, from the start.</source>
        <translation>central pull takes --full: everything central holds, from the start.</translation>
    </message>
    <message>
        <source>Password of %1 stored in the keyring.</source>
        <translation>Password of %1 stored in the keyring.</translation>
    </message>
    <message>
        <source>Central database %1 at schema %2.</source>
        <translation>Central database %1 at schema %2.</translation>
    </message>
    <message>
        <source>CENTRAL JOURNAL NOT INTACT:</source>
        <translation>CENTRAL JOURNAL NOT INTACT:</translation>
    </message>
    <message>
        <source>sync takes no argument.</source>
        <translation>sync takes no argument.</translation>
    </message>
    <message>
        <source>--interval is a number of seconds (0.1 to 3600), --count a number of syncs (0: until stopped).</source>
        <translation>--interval is a number of seconds (0.1 to 3600), --count a number of syncs (0: until stopped).</translation>
    </message>
    <message>
        <source>Usage: vigiectl [--data-dir DIR] [--lang fr|en] COMMAND

Commands marked * act as --user LOGIN: that user&apos;s password comes from
VIGIE_PASSWORD or the first line of stdin; a new password comes next
(the first line of stdin when VIGIE_PASSWORD gave the user&apos;s, else the
second). Passwords are never read from the command line.

Commands:
  version                      print the version
  init --admin LOGIN --name NAME [--matricule ID]
                               create the first administrator of an empty
                               register (refused once any user exists)
* user add LOGIN --name NAME [--matricule ID] [--role ROLE]...
                               create a user (roles: operator, police_agent,
                               asvp, supervisor, admin): administrators
* user passwd LOGIN            set a user&apos;s password: administrators, or
                               the user themselves
* user unlock LOGIN            unlock an account locked by failed logins
  user list                    list the users and their roles
* user habilitate LOGIN --designated-by WHO --territory INSEE[,INSEE]
        --training DATE --expires DATE [--ref REF]
                               record who designated the agent to view
                               images, where, and the training date
* incident add --user LOGIN --category CODE [--subcategory CODE]
        --description TEXT [--camera N] [--place TEXT] [--at TIME]
        [--partner CODE]... [--outcome TEXT --closed]
                               record an incident as that user
* incident list --user LOGIN [--text WORDS] [--category CODE] [--camera N]
        [--from TIME] [--to TIME] [--status open|closed] [--format json]
                               search the main courante
* shift export --user LOGIN (--shift ID | --from TIME --to TIME)
        [--camera N] [--category CODE] [--operator LOGIN]
        --format pdf|csv --output FILE
                               export a shift log (supervisors)
  camera list                  list the cameras of the directory
  journal verify               check every chain of the journal; exit code 3
                               names the first entry altered, removed,
                               inserted or reordered
* journal purge                remove what is past its retention (settings
                               retention/&lt;kind&gt;_days); the chain stays whole
  demo seed [--rtsp-host H] [--rtsp-port P] [--cameras N]
                               seed the demo users and cameras (refused in
                               a register that holds other data)
</source>
        <translation>Usage: vigiectl [--data-dir DIR] [--lang fr|en] COMMAND

Commands marked * act as --user LOGIN: that user&apos;s password comes from
VIGIE_PASSWORD or the first line of stdin; a new password comes next
(the first line of stdin when VIGIE_PASSWORD gave the user&apos;s, else the
second). Passwords are never read from the command line.

Commands:
  version                      print the version
  init --admin LOGIN --name NAME [--matricule ID]
                               create the first administrator of an empty
                               register (refused once any user exists)
* user add LOGIN --name NAME [--matricule ID] [--role ROLE]...
                               create a user (roles: operator, police_agent,
                               asvp, supervisor, admin): administrators
* user passwd LOGIN            set a user&apos;s password: administrators, or
                               the user themselves
* user unlock LOGIN            unlock an account locked by failed logins
  user list                    list the users and their roles
* user habilitate LOGIN --designated-by WHO --territory INSEE[,INSEE]
        --training DATE --expires DATE [--ref REF]
                               record who designated the agent to view
                               images, where, and the training date
* incident add --user LOGIN --category CODE [--subcategory CODE]
        --description TEXT [--camera N] [--place TEXT] [--at TIME]
        [--partner CODE]... [--outcome TEXT --closed]
                               record an incident as that user
* incident list --user LOGIN [--text WORDS] [--category CODE] [--camera N]
        [--from TIME] [--to TIME] [--status open|closed] [--format json]
                               search the main courante
* shift export --user LOGIN (--shift ID | --from TIME --to TIME)
        [--camera N] [--category CODE] [--operator LOGIN]
        --format pdf|csv --output FILE
                               export a shift log (supervisors)
  camera list                  list the cameras of the directory
  journal verify               check every chain of the journal; exit code 3
                               names the first entry altered, removed,
                               inserted or reordered
* journal purge                remove what is past its retention (settings
                               retention/&lt;kind&gt;_days); the chain stays whole
  demo seed [--rtsp-host H] [--rtsp-port P] [--cameras N]
                               seed the demo users and cameras (refused in
                               a register that holds other data)
</translation>
    </message>
    <message>
        <source>  shift list --user LOGIN [--from TIME] [--to TIME] [--format json]</source>
        <translation>  shift list --user LOGIN [--from TIME] [--to TIME] [--format json]</translation>
    </message>
    <message>
        <source>list the shifts (by default the last 7 days):</source>
        <translation>list the shifts (by default the last 7 days):</translation>
    </message>
    <message>
        <source>id, shift, start, end, chef de salle, state</source>
        <translation>id, shift, start, end, shift supervisor, state</translation>
    </message>
    <message>
        <source>* central init | upgrade       create or upgrade the central database&apos;s
                               schema
  central verify               check every workstation&apos;s chain on central;
                               exit code 3 on a break or a refused chain
  central pull --full          start this workstation from central (backup
                               site): reference data and every register
  central password             store the central password in the keyring
                               (from VIGIE_PASSWORD or stdin)
  sync [--watch [--interval S] [--count N]]
                               sync with central now, or keep syncing

The central link (global option --central URI) is
postgresql://user@host:port/database?sslmode=require, from --central or
the setting central/uri; its password comes from
PGPASSWORD, ~/.pgpass or the keyring, never from the settings.
</source>
        <translation>* central init | upgrade       create or upgrade the central database&apos;s
                               schema
  central verify               check every workstation&apos;s chain on central;
                               exit code 3 on a break or a refused chain
  central pull --full          start this workstation from central (backup
                               site): reference data and every register
  central password             store the central password in the keyring
                               (from VIGIE_PASSWORD or stdin)
  sync [--watch [--interval S] [--count N]]
                               sync with central now, or keep syncing

The central link (global option --central URI) is
postgresql://user@host:port/database?sslmode=require, from --central or
the setting central/uri; its password comes from
PGPASSWORD, ~/.pgpass or the keyring, never from the settings.
</translation>
    </message>
    <message>
        <source>init takes --admin LOGIN --name NAME [--matricule ID].</source>
        <translation>init takes --admin LOGIN --name NAME [--matricule ID].</translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>Administrator %1 created.</translation>
    </message>
    <message>
        <source>No shift from %1 to %2.</source>
        <translation>No shift from %1 to %2.</translation>
    </message>
    <message>
        <source>* central enroll WORKSTATION   give a workstation its own role at central</source>
        <translation>* central enroll WORKSTATION   give a workstation its own role at central</translation>
    </message>
    <message>
        <source>(prints its central link and its password, once)</source>
        <translation>(prints its central link and its password, once)</translation>
    </message>
    <message>
        <source>central enroll takes the id of the workstation to enrol.</source>
        <translation>central enroll takes the id of the workstation to enrol.</translation>
    </message>
    <message>
        <source>Workstation %1 enrolled at central as role %2.</source>
        <translation>Workstation %1 enrolled at central as role %2.</translation>
    </message>
    <message>
        <source>Its central link: %1</source>
        <translation>Its central link: %1</translation>
    </message>
    <message>
        <source>Its password, shown this once (store it on that workstation with &quot;vigiectl central password&quot;):</source>
        <translation>Its password, shown this once (store it on that workstation with &quot;vigiectl central password&quot;):</translation>
    </message>
    <message>
        <source>* central revoke WORKSTATION   take that role away (a stolen desk)</source>
        <translation>* central revoke WORKSTATION   take that role away (a stolen desk)</translation>
    </message>
    <message>
        <source>central revoke takes the id of the workstation to revoke.</source>
        <translation>central revoke takes the id of the workstation to revoke.</translation>
    </message>
    <message>
        <source>Workstation %1 revoked at central: its role %2 can no longer connect.</source>
        <translation>Workstation %1 revoked at central: its role %2 can no longer connect.</translation>
    </message>
    <message>
        <source>keep a camera&apos;s user and password in the keyring</source>
        <translation>keep a camera&apos;s user and password in the keyring</translation>
    </message>
    <message>
        <source>(the password from standard input, after LOGIN&apos;s)</source>
        <translation>(the password from standard input, after LOGIN&apos;s)</translation>
    </message>
    <message numerus="yes">
        <source>Credentials of %n camera(s) moved from their address to the keyring.</source>
        <translation>
            <numerusform>Credentials of %n camera moved from its address to the keyring.</numerusform>
            <numerusform>Credentials of %n cameras moved from their address to the keyring.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no camera number &quot;%1&quot;.</source>
        <translation>There is no camera number &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The credentials of camera %1 (%2 stream) are in the keyring.</source>
        <translation>The credentials of camera %1 (%2 stream) are in the keyring.</translation>
    </message>
    <message>
        <source>  journal verify --head WORKSTATION:SEQ:HASH</source>
        <translation>  journal verify --head WORKSTATION:SEQ:HASH</translation>
    </message>
    <message>
        <source>also check that a head printed on a shift log is in the chain</source>
        <translation>also check that a head printed on a shift log is in the chain</translation>
    </message>
    <message>
        <source>  journal key</source>
        <translation>  journal key</translation>
    </message>
    <message>
        <source>print this workstation&apos;s id and public key</source>
        <translation>print this workstation&apos;s id and public key</translation>
    </message>
    <message>
        <source>* central enroll-key WORKSTATION PUBLIC_KEY</source>
        <translation>* central enroll-key WORKSTATION PUBLIC_KEY</translation>
    </message>
    <message>
        <source>enrol a workstation&apos;s public key at central</source>
        <translation>enrol a workstation&apos;s public key at central</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a journal head: write it as printed on the shift log, WORKSTATION:SEQ:HASH.</source>
        <translation>&quot;%1&quot; is not a journal head: write it as printed on the shift log, WORKSTATION:SEQ:HASH.</translation>
    </message>
    <message>
        <source>The printed head %1 is not in this journal: chain %2 has no entry %3.</source>
        <translation>The printed head %1 is not in this journal: chain %2 has no entry %3.</translation>
    </message>
    <message>
        <source>The printed head %1 is in the chain.</source>
        <translation>The printed head %1 is in the chain.</translation>
    </message>
    <message>
        <source>The printed head %1 does not match: entry %2 of chain %3 now has the hash %4.</source>
        <translation>The printed head %1 does not match: entry %2 of chain %3 now has the hash %4.</translation>
    </message>
    <message>
        <source>central enroll-key takes the workstation and its public key, as &quot;vigiectl journal key&quot; prints them on that workstation.</source>
        <translation>central enroll-key takes the workstation and its public key, as &quot;vigiectl journal key&quot; prints them on that workstation.</translation>
    </message>
    <message>
        <source>Key of workstation %1 enrolled at central.</source>
        <translation>Key of workstation %1 enrolled at central.</translation>
    </message>
    <message>
        <source>* camera add N --name NAME --main URL [--sub URL] [--place TEXT]</source>
        <translation>* camera add N --name NAME --main URL [--sub URL] [--place TEXT]</translation>
    </message>
    <message>
        <source>        [--insee CODE] [--group NAME] [--retention DAYS]</source>
        <translation>        [--insee CODE] [--group NAME] [--retention DAYS]</translation>
    </message>
    <message>
        <source>* camera set N [the same options]</source>
        <translation>* camera set N [the same options]</translation>
    </message>
    <message>
        <source>add or change a camera (administrators); addresses without credentials</source>
        <translation>add or change a camera (administrators); addresses without credentials</translation>
    </message>
    <message>
        <source>* user roles LOGIN --role ROLE... | user disable | enable LOGIN</source>
        <translation>* user roles LOGIN --role ROLE... | user disable | enable LOGIN</translation>
    </message>
    <message>
        <source>change a user&apos;s roles, disable or enable the account</source>
        <translation>change a user&apos;s roles, disable or enable the account</translation>
    </message>
    <message>
        <source>* typology set CODE --label TEXT [--retire]</source>
        <translation>* typology set CODE --label TEXT [--retire]</translation>
    </message>
    <message>
        <source>add, rename or retire an incident category</source>
        <translation>add, rename or retire an incident category</translation>
    </message>
    <message>
        <source>* journal refusals</source>
        <translation>* journal refusals</translation>
    </message>
    <message>
        <source>other workstations&apos; changes to accounts, cameras or typology refused</source>
        <translation>other workstations&apos; changes to accounts, cameras or typology refused</translation>
    </message>
    <message>
        <source>here (exit code 3 if any): administrators</source>
        <translation>here (exit code 3 if any): administrators</translation>
    </message>
    <message>
        <source>user roles takes --role ROLE, once per role.</source>
        <translation>user roles takes --role ROLE, once per role.</translation>
    </message>
    <message>
        <source>Roles of %1 changed.</source>
        <translation>Roles of %1 changed.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Account %1 enabled.</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <source>Give exactly one camera number.</source>
        <translation>Give exactly one camera number.</translation>
    </message>
    <message>
        <source>There is no camera number %1.</source>
        <translation>There is no camera number %1.</translation>
    </message>
    <message>
        <source>Camera %1 added.</source>
        <translation>Camera %1 added.</translation>
    </message>
    <message>
        <source>Camera %1 changed.</source>
        <translation>Camera %1 changed.</translation>
    </message>
    <message>
        <source>The retention is a number of days.</source>
        <translation>The retention is a number of days.</translation>
    </message>
    <message>
        <source>Unknown typology command &quot;%1&quot;.</source>
        <translation>Unknown typology command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>typology set takes one CODE and --label TEXT [--retire].</source>
        <translation>typology set takes one CODE and --label TEXT [--retire].</translation>
    </message>
    <message>
        <source>Category %1 recorded.</source>
        <translation>Category %1 recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference change(s) from other workstations refused here.</source>
        <translation>
            <numerusform>%n reference change from another workstation refused here.</numerusform>
            <numerusform>%n reference changes from other workstations refused here.</numerusform>
        </translation>
    </message>
    <message>
        <source>--public-key KEY: its key too, as &quot;journal key&quot; prints it there</source>
        <translation>--public-key KEY: its key too, as &quot;journal key&quot; prints it there</translation>
    </message>
    <message>
        <source>  camera discover [--timeout S] [--probe HOST:PORT]</source>
        <translation>  camera discover [--timeout S] [--probe HOST:PORT]</translation>
    </message>
    <message>
        <source>list the ONVIF devices that answer and are not in the directory</source>
        <translation>list the ONVIF devices that answer and are not in the directory</translation>
    </message>
    <message>
        <source>(WS-Discovery on the local network, or one address)</source>
        <translation>(WS-Discovery on the local network, or one address)</translation>
    </message>
    <message>
        <source>  camera onvif ADDRESS --onvif-user NAME [--timeout S]</source>
        <translation>  camera onvif ADDRESS --onvif-user NAME [--timeout S]</translation>
    </message>
    <message>
        <source>a device&apos;s information and the stream addresses it gives</source>
        <translation>a device&apos;s information and the stream addresses it gives</translation>
    </message>
    <message>
        <source>(its password from standard input)</source>
        <translation>(its password from standard input)</translation>
    </message>
    <message>
        <source>The timeout is a number of seconds up to 60.</source>
        <translation>The timeout is a number of seconds up to 60.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to probe (HOST:PORT, HOST an IP address).</source>
        <translation>&quot;%1&quot; is not an address to probe (HOST:PORT, HOST an IP address).</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) answered, %1 not in the directory.</source>
        <translation>
            <numerusform>%n device answered, %1 not in the directory.</numerusform>
            <numerusform>%n devices answered, %1 not in the directory.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give one device address.</source>
        <translation>Give one device address.</translation>
    </message>
    <message>
        <source>Give the device&apos;s user name (--onvif-user).</source>
        <translation>Give the device&apos;s user name (--onvif-user).</translation>
    </message>
    <message>
        <source>Manufacturer: %1</source>
        <translation>Manufacturer: %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
    <message>
        <source>Firmware: %1</source>
        <translation>Firmware: %1</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>Serial number: %1</translation>
    </message>
    <message>
        <source>The device&apos;s clock is %1 s off ours: set it (NTP) so that its images are dated right.</source>
        <translation>The device&apos;s clock is %1 s off ours: set it (NTP) so that its images are dated right.</translation>
    </message>
    <message>
        <source>Profile %1: %2x%3 %4</source>
        <translation>Profile %1: %2x%3 %4</translation>
    </message>
    <message>
        <source>Main stream: %1</source>
        <translation>Main stream: %1</translation>
    </message>
    <message>
        <source>Sub-stream: %1</source>
        <translation>Sub-stream: %1</translation>
    </message>
    <message>
        <source>To add it: vigiectl camera add NUMBER --name NAME --main %1%2</source>
        <translation>To add it: vigiectl camera add NUMBER --name NAME --main %1%2</translation>
    </message>
    <message>
        <source>* camera retire N               take a camera out of service (never deleted)</source>
        <translation>* camera retire N               take a camera out of service (never deleted)</translation>
    </message>
    <message>
        <source>* camera import FILE [--valid-only]</source>
        <translation>* camera import FILE [--valid-only]</translation>
    </message>
    <message>
        <source>add or update cameras from a CSV or JSON file: all or nothing,</source>
        <translation>add or update cameras from a CSV or JSON file: all or nothing,</translation>
    </message>
    <message>
        <source>or the valid lines only (exit code 3 if any left out)</source>
        <translation>or the valid lines only (exit code 3 if any left out)</translation>
    </message>
    <message>
        <source>  camera export [--format csv|json]</source>
        <translation>  camera export [--format csv|json]</translation>
    </message>
    <message>
        <source>the whole directory, retired cameras included</source>
        <translation>the whole directory, retired cameras included</translation>
    </message>
    <message>
        <source>The format is csv or json, not &quot;%1&quot;.</source>
        <translation>The format is csv or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Camera %1 retired: it keeps its history and is no longer offered to the walls.</source>
        <translation>Camera %1 retired: it keeps its history and is no longer offered to the walls.</translation>
    </message>
    <message>
        <source>camera import takes one FILE (CSV or JSON).</source>
        <translation>camera import takes one FILE (CSV or JSON).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The file holds no camera. Nothing was changed.</source>
        <translation>The file holds no camera. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused: nothing was imported. Correct them, or import the valid lines only with --valid-only.</source>
        <translation>
            <numerusform>%n line refused: nothing was imported. Correct it, or import the valid lines only with --valid-only.</numerusform>
            <numerusform>%n lines refused: nothing was imported. Correct them, or import the valid lines only with --valid-only.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 camera(s) added, %2 updated.</source>
        <translation>%1 camera(s) added, %2 updated.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused and left out.</source>
        <translation>
            <numerusform>%n line refused and left out.</numerusform>
            <numerusform>%n lines refused and left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>  camera health [--days N] [--format text|csv|pdf --output FILE]</source>
        <translation>  camera health [--days N] [--format text|csv|pdf --output FILE]</translation>
    </message>
    <message>
        <source>each camera&apos;s availability over N days (7), worst first,</source>
        <translation>each camera&apos;s availability over N days (7), worst first,</translation>
    </message>
    <message>
        <source>and the cameras down now (exit code 3 if any)</source>
        <translation>and the cameras down now (exit code 3 if any)</translation>
    </message>
    <message>
        <source>The period is 1 to 366 days, not &quot;%1&quot;.</source>
        <translation>The period is 1 to 366 days, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The format is text, csv or pdf, not &quot;%1&quot;.</source>
        <translation>The format is text, csv or pdf, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A %1 report needs --output FILE.</source>
        <translation>A %1 report needs --output FILE.</translation>
    </message>
    <message>
        <source>Report written: %1 (SHA-256 %2)</source>
        <translation>Report written: %1 (SHA-256 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) down now, </source>
        <translation>
            <numerusform>%n camera down now, </numerusform>
            <numerusform>%n cameras down now, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>availability over %n day(s):</source>
        <translation>
            <numerusform>availability over %n day:</numerusform>
            <numerusform>availability over %n days:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outage(s)</source>
        <translation>
            <numerusform>%n outage</numerusform>
            <numerusform>%n outages</numerusform>
        </translation>
    </message>
    <message>
        <source>down since %1: %2</source>
        <translation>down since %1: %2</translation>
    </message>
    <message>
        <source>        [--zone TEXT] [--address TEXT] [--latitude DEG --longitude DEG]</source>
        <translation>        [--zone TEXT] [--address TEXT] [--latitude DEG --longitude DEG]</translation>
    </message>
    <message>
        <source>        [--bearing DEG] [--owner commune|bailleur|autre] [--convention REF]</source>
        <translation>        [--bearing DEG] [--owner commune|bailleur|autre] [--convention REF]</translation>
    </message>
    <message>
        <source>        [--verbalisation oui|non] [--ptz oui|non] [--transport tcp|udp]</source>
        <translation>        [--verbalisation oui|non] [--ptz oui|non] [--transport tcp|udp]</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>* camera snapshot N --output FILE</source>
        <translation>* camera snapshot N --output FILE</translation>
    </message>
    <message>
        <source>a live picture of a camera you may view, kept and journaled</source>
        <translation>a live picture of a camera you may view, kept and journaled</translation>
    </message>
    <message>
        <source>* camera credentials NUMBER --camera-user NAME [--stream main|sub|onvif]</source>
        <translation>* camera credentials NUMBER --camera-user NAME [--stream main|sub|onvif]</translation>
    </message>
    <message>
        <source>        [--onvif http://HOST/onvif/device_service]</source>
        <translation>        [--onvif http://HOST/onvif/device_service]</translation>
    </message>
    <message>
        <source>  demo seed ... --directory FILE  also import the demo&apos;s camera directory, printing each refused line</source>
        <translation>  demo seed ... --directory FILE  also import the demo&apos;s camera directory, printing each refused line</translation>
    </message>
    <message>
        <source>The stream is main, sub or onvif, not &quot;%1&quot;.</source>
        <translation>The stream is main, sub or onvif, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Demo directory %1: %2 camera(s) imported, %3 already up to date, %4 line(s) of the demo&apos;s own cameras left to the seed; %5 line(s) refused:</source>
        <translation>Demo directory %1: %2 camera(s) imported, %3 already up to date, %4 line(s) of the demo&apos;s own cameras left to the seed; %5 line(s) refused:</translation>
    </message>
</context>
<context>
    <name>vigie::ctl::VerbalisationCtl</name>
    <message>
        <source>natinf import takes one FILE (CSV).</source>
        <translation>natinf import takes one FILE (CSV).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The file holds no offence. Nothing was changed.</source>
        <translation>The file holds no offence. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused: nothing was imported. Correct them, or import the valid lines only with --valid-only.</source>
        <translation>
            <numerusform>%n line refused: nothing was imported. Correct it, or import the valid lines only with --valid-only.</numerusform>
            <numerusform>%n lines refused: nothing was imported. Correct them, or import the valid lines only with --valid-only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offence(s) imported.</source>
        <translation>
            <numerusform>%n offence imported.</numerusform>
            <numerusform>%n offences imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused and left out.</source>
        <translation>
            <numerusform>%n line refused and left out.</numerusform>
            <numerusform>%n lines refused and left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The NATINF catalogue is empty: import it with vigiectl natinf import.</source>
        <translation>The NATINF catalogue is empty: import it with vigiectl natinf import.</translation>
    </message>
    <message>
        <source>ASVP</source>
        <translation>ASVP</translation>
    </message>
    <message>
        <source>to be checked</source>
        <translation>to be checked</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>expired on %1</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>valid from %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>class %1</translation>
    </message>
    <message>
        <source>ticket draft takes --camera N, --natinf CODE and the plate (--plate TEXT [--country CC]).</source>
        <translation>ticket draft takes --camera N, --natinf CODE and the plate (--plate TEXT [--country CC]).</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1 drafted: camera %2, %3, NATINF %4, %n frame(s).</source>
        <translation>
            <numerusform>Ticket %1 drafted: camera %2, %3, NATINF %4, %n frame.</numerusform>
            <numerusform>Ticket %1 drafted: camera %2, %3, NATINF %4, %n frames.</numerusform>
        </translation>
    </message>
    <message>
        <source>no plate yet</source>
        <translation>no plate yet</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>The state is draft, validated, exported, sent or cancelled.</source>
        <translation>The state is draft, validated, exported, sent or cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <translation>
            <numerusform>%1: %n ticket</numerusform>
            <numerusform>%1: %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>ticket export takes ID or --all-validated, --format json|pdf and --output PATH.</source>
        <translation>ticket export takes ID or --all-validated, --format json|pdf and --output PATH.</translation>
    </message>
    <message>
        <source>No validated ticket to export.</source>
        <translation>No validated ticket to export.</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>There is no ticket %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) exported.</source>
        <translation>
            <numerusform>%n ticket exported.</numerusform>
            <numerusform>%n tickets exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>ticket %1 takes one ticket ID or number.</source>
        <translation>ticket %1 takes one ticket ID or number.</translation>
    </message>
    <message>
        <source>Ticket %1: %2.</source>
        <translation>Ticket %1: %2.</translation>
    </message>
    <message>
        <source>  plate check TEXT [--country CC]</source>
        <translation>  plate check TEXT [--country CC]</translation>
    </message>
    <message>
        <source>the plate normalised and its format (SIV, FNI or the country),</source>
        <translation>the plate normalised and its format (SIV, FNI or the country),</translation>
    </message>
    <message>
        <source>or why it is not one (exit code 1)</source>
        <translation>or why it is not one (exit code 1)</translation>
    </message>
    <message>
        <source>* natinf import FILE [--valid-only]</source>
        <translation>* natinf import FILE [--valid-only]</translation>
    </message>
    <message>
        <source>the NATINF catalogue from a CSV: all or nothing, or the valid</source>
        <translation>the NATINF catalogue from a CSV: all or nothing, or the valid</translation>
    </message>
    <message>
        <source>lines only (exit code 3 if any left out): administrators</source>
        <translation>lines only (exit code 3 if any left out): administrators</translation>
    </message>
    <message>
        <source>  natinf list [--format json]</source>
        <translation>  natinf list [--format json]</translation>
    </message>
    <message>
        <source>* ticket draft --camera N --natinf CODE --plate TEXT [--country CC]</source>
        <translation>* ticket draft --camera N --natinf CODE --plate TEXT [--country CC]</translation>
    </message>
    <message>
        <source>        [--make TEXT] [--model TEXT] [--category VP|VU|...] [--colour TEXT]</source>
        <translation>        [--make TEXT] [--model TEXT] [--category VP|VU|...] [--colour TEXT]</translation>
    </message>
    <message>
        <source>draft a video-verbalisation ticket from the camera&apos;s live stream</source>
        <translation>draft a video-verbalisation ticket from the camera&apos;s live stream</translation>
    </message>
    <message>
        <source>* ticket list [--state S] [--agent LOGIN] [--camera N] [--natinf CODE]</source>
        <translation>* ticket list [--state S] [--agent LOGIN] [--camera N] [--natinf CODE]</translation>
    </message>
    <message>
        <source>        [--from TIME] [--to TIME] [--format json]</source>
        <translation>        [--from TIME] [--to TIME] [--format json]</translation>
    </message>
    <message>
        <source>* ticket validate ID --matricule ID --service CODE</source>
        <translation>* ticket validate ID --matricule ID --service CODE</translation>
    </message>
    <message>
        <source>* ticket cancel ID --reason TEXT</source>
        <translation>* ticket cancel ID --reason TEXT</translation>
    </message>
    <message>
        <source>* ticket export ID|--all-validated --format json|pdf --output PATH</source>
        <translation>* ticket export ID|--all-validated --format json|pdf --output PATH</translation>
    </message>
    <message>
        <source>* ticket sent ID --message-id ID</source>
        <translation>* ticket sent ID --message-id ID</translation>
    </message>
    <message>
        <source>plate check takes one TEXT (quoted if it holds spaces).</source>
        <translation>plate check takes one TEXT (quoted if it holds spaces).</translation>
    </message>
    <message>
        <source>Unknown natinf command &quot;%1&quot;.</source>
        <translation>Unknown natinf command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown ticket command &quot;%1&quot;.</source>
        <translation>Unknown ticket command &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>vigie::demo</name>
    <message>
        <source>This register holds real data (the account &quot;%1&quot;): the demo is seeded only in a register of its own (vigiectl --data-dir DIR demo seed).</source>
        <translation>This register holds real data (the account &quot;%1&quot;): the demo is seeded only in a register of its own (vigiectl --data-dir DIR demo seed).</translation>
    </message>
    <message>
        <source>This register holds real data (camera %1, %2): the demo is seeded only in a register of its own (vigiectl --data-dir DIR demo seed).</source>
        <translation>This register holds real data (camera %1, %2): the demo is seeded only in a register of its own (vigiectl --data-dir DIR demo seed).</translation>
    </message>
    <message>
        <source>This demo register was made by an older Vigie, without the demo administrator: remove its folder and seed it again.</source>
        <translation>This demo register was made by an older Vigie, without the demo administrator: remove its folder and seed it again.</translation>
    </message>
    <message>
        <source>Seed the demo first: its administrator imports the directory.</source>
        <translation>Seed the demo first: its administrator imports the directory.</translation>
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
    <message>
        <source>Cannot sign the journal entry.</source>
        <translation>Cannot sign the journal entry.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them written before signing began, covered by the first signed entry of their chain.</source>
        <translation>
            <numerusform>%n of them written before signing began, covered by the first signed entry of their chain.</numerusform>
            <numerusform>%n of them written before signing began, covered by the first signed entry of their chain.</numerusform>
        </translation>
    </message>
    <message>
        <source>no public key of this workstation is known here (it comes from central with the sync)</source>
        <translation>no public key of this workstation is known here (it comes from central with the sync)</translation>
    </message>
    <message>
        <source>the public key known for this workstation is not valid</source>
        <translation>the public key known for this workstation is not valid</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 carries no signature, after signed entries (its signature was removed).</source>
        <translation>Chain %1: entry %2 carries no signature, after signed entries (its signature was removed).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 does not carry its workstation&apos;s signature (altered and its hashes recomputed, or forged).</source>
        <translation>Chain %1: entry %2 does not carry its workstation&apos;s signature (altered and its hashes recomputed, or forged).</translation>
    </message>
    <message>
        <source>Chain %1: the signatures of its %2 entries cannot be checked: %3.</source>
        <translation>Chain %1: the signatures of its %2 entries cannot be checked: %3.</translation>
    </message>
    <message>
        <source>Chain %1: none of its %2 entries is signed: they cannot be checked (written before signing began, or every signature removed).</source>
        <translation>Chain %1: none of its %2 entries is signed: they cannot be checked (written before signing began, or every signature removed).</translation>
    </message>
</context>
<context>
    <name>vigie::journal::JournalReader</name>
    <message>
        <source>Cannot read the journal</source>
        <translation>Cannot read the journal</translation>
    </message>
</context>
<context>
    <name>vigie::journal::RetentionPolicy</name>
    <message>
        <source>The retention of &quot;%1&quot; cannot be below %2 days; %3 days are kept.</source>
        <translation>The retention of &quot;%1&quot; cannot be below %2 days; %3 days are kept.</translation>
    </message>
    <message>
        <source>retention of %1 days for %2</source>
        <translation>retention of %1 days for %2</translation>
    </message>
    <message numerus="yes">
        <source>Retention purge: %n event content(s) past their retention removed.</source>
        <translation>
            <numerusform>Retention purge: %n event content past its retention removed.</numerusform>
            <numerusform>Retention purge: %n event contents past their retention removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention of &quot;%1&quot; cannot be above %2 days; %3 days are kept.</source>
        <translation>The retention of &quot;%1&quot; cannot be above %2 days; %3 days are kept.</translation>
    </message>
</context>
<context>
    <name>vigie::journal::WorkstationKey</name>
    <message>
        <source>Cannot read the signing key of workstation %1 (%2): %3. Nothing is written to the journal until it is readable again.</source>
        <translation>Cannot read the signing key of workstation %1 (%2): %3. Nothing is written to the journal until it is readable again.</translation>
    </message>
    <message>
        <source>The signing key of workstation %1 (%2) is damaged. Nothing is written to the journal: restore the key file from its backup, or have an administrator examine this workstation.</source>
        <translation>The signing key of workstation %1 (%2) is damaged. Nothing is written to the journal: restore the key file from its backup, or have an administrator examine this workstation.</translation>
    </message>
    <message>
        <source>The signing key of workstation %1 is missing (%2). Its journal already holds signed entries: no new key is made over them. Nothing is written to the journal until the key file is restored, or an administrator examines this workstation.</source>
        <translation>The signing key of workstation %1 is missing (%2). Its journal already holds signed entries: no new key is made over them. Nothing is written to the journal until the key file is restored, or an administrator examines this workstation.</translation>
    </message>
    <message>
        <source>Cannot create the folder of the signing keys (%1).</source>
        <translation>Cannot create the folder of the signing keys (%1).</translation>
    </message>
    <message>
        <source>Cannot create the signing key of workstation %1.</source>
        <translation>Cannot create the signing key of workstation %1.</translation>
    </message>
    <message>
        <source>Cannot save the signing key of workstation %1 (%2): %3.</source>
        <translation>Cannot save the signing key of workstation %1 (%2): %3.</translation>
    </message>
</context>
<context>
    <name>vigie::ocr::PlateReader</name>
    <message>
        <source>Tesseract&apos;s data folder</source>
        <translation>Tesseract&apos;s data folder</translation>
    </message>
    <message>
        <source>Plate reading is unavailable: Tesseract&apos;s French data (fra.traineddata) is missing from %1. Install the tesseract-ocr-fra package. The plate can still be typed.</source>
        <translation>Plate reading is unavailable: Tesseract&apos;s French data (fra.traineddata) is missing from %1. Install the tesseract-ocr-fra package. The plate can still be typed.</translation>
    </message>
</context>
<context>
    <name>vigie::records</name>
    <message>
        <source>Police nationale</source>
        <translation>National Police</translation>
    </message>
    <message>
        <source>Firefighters</source>
        <translation>Firefighters</translation>
    </message>
    <message>
        <source>Field municipal police</source>
        <translation>Field municipal police</translation>
    </message>
    <message>
        <source>SAMU</source>
        <translation>SAMU</translation>
    </message>
    <message>
        <source>Social landlord</source>
        <translation>Social landlord</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>vigie::records::BailleurExport</name>
    <message>
        <source>open until %1</source>
        <translation>open until %1</translation>
    </message>
    <message>
        <source>closed by %1</source>
        <translation>closed by %1</translation>
    </message>
    <message>
        <source>closed at its limit</source>
        <translation>closed at its limit</translation>
    </message>
    <message>
        <source>+%1 min by %2 at %3: %4</source>
        <translation>+%1 min by %2 at %3: %4</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>accepted: session %1</source>
        <translation>accepted: session %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>incident %1</translation>
    </message>
    <message>
        <source>from the exchange</source>
        <translation>from the exchange</translation>
    </message>
    <message>
        <source>correction of %1: %2</source>
        <translation>correction of %1: %2</translation>
    </message>
    <message>
        <source>Register of access to the landlords&apos; cameras, %1 to %2</source>
        <translation>Register of access to the landlords&apos; cameras, %1 to %2</translation>
    </message>
    <message>
        <source>Images of the common areas of a landlord&apos;s buildings, transmitted to the municipal police only for the duration of an intervention, under a convention approved by the préfet (Code de la sécurité intérieure, L272-2). Every call is listed, answered or not.</source>
        <translation>Images of the common areas of a landlord&apos;s buildings, transmitted to the municipal police only for the duration of an intervention, under a convention approved by the préfet (Code de la sécurité intérieure, L272-2). Every call is listed, answered or not.</translation>
    </message>
    <message>
        <source>Exported by %1 on %2, workstation %3</source>
        <translation>Exported by %1 on %2, workstation %3</translation>
    </message>
    <message>
        <source>1. Totals per month and landlord</source>
        <translation>1. Totals per month and landlord</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Viewing time</source>
        <translation>Viewing time</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Refusals</translation>
    </message>
    <message>
        <source>2. Calls</source>
        <translation>2. Calls</translation>
    </message>
    <message>
        <source>No call.</source>
        <translation>No call.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Caller or callee</source>
        <translation>Caller or callee</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>3. Requests</source>
        <translation>3. Requests</translation>
    </message>
    <message>
        <source>No request.</source>
        <translation>No request.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Incident, intervention, building</source>
        <translation>Incident, intervention, building</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>4. Viewing sessions</source>
        <translation>4. Viewing sessions</translation>
    </message>
    <message>
        <source>No viewing session.</source>
        <translation>No viewing session.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>5. Refusals</source>
        <translation>5. Refusals</translation>
    </message>
    <message>
        <source>No refusal.</source>
        <translation>No refusal.</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Supervisor&apos;s review and visa</source>
        <translation>Supervisor&apos;s review and visa</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Not reviewed yet.</translation>
    </message>
    <message>
        <source>Name, date and signature:</source>
        <translation>Name, date and signature:</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2 for %3 to %4</source>
        <translation>Reviewed by %1 on %2 for %3 to %4</translation>
    </message>
    <message>
        <source>Remark: %1</source>
        <translation>Remark: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <source>request</source>
        <translation>request</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refusal</translation>
    </message>
    <message>
        <source>visa</source>
        <translation>visa</translation>
    </message>
    <message>
        <source>The export format is pdf or csv.</source>
        <translation>The export format is pdf or csv.</translation>
    </message>
</context>
<context>
    <name>vigie::records::BailleurRegister</name>
    <message>
        <source>Cannot save the bailleur register</source>
        <translation>Cannot save the bailleur register</translation>
    </message>
    <message>
        <source>Give the caller&apos;s (or callee&apos;s) name or call-back number.</source>
        <translation>Give the caller&apos;s (or callee&apos;s) name or call-back number.</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>A correction needs its reason.</translation>
    </message>
    <message>
        <source>There is no call &quot;%1&quot; in the register.</source>
        <translation>There is no call &quot;%1&quot; in the register.</translation>
    </message>
    <message>
        <source>There is no convention &quot;%1&quot;: a landlord&apos;s cameras are viewed only under the convention approved by the préfet.</source>
        <translation>There is no convention &quot;%1&quot;: a landlord&apos;s cameras are viewed only under the convention approved by the préfet.</translation>
    </message>
    <message>
        <source>Name the cameras the request is for.</source>
        <translation>Name the cameras the request is for.</translation>
    </message>
    <message>
        <source>Name the situation invoked.</source>
        <translation>Name the situation invoked.</translation>
    </message>
    <message>
        <source>The duration asked cannot be negative.</source>
        <translation>The duration asked cannot be negative.</translation>
    </message>
    <message>
        <source>Camera(s) %1 are outside the scope of the convention %2 (common areas of the buildings it lists): they cannot be viewed under it.</source>
        <translation>Camera(s) %1 are outside the scope of the convention %2 (common areas of the buildings it lists): they cannot be viewed under it.</translation>
    </message>
    <message>
        <source>The situation &quot;%1&quot; is not one the convention %2 allows.</source>
        <translation>The situation &quot;%1&quot; is not one the convention %2 allows.</translation>
    </message>
    <message>
        <source>There is no request &quot;%1&quot; in the register.</source>
        <translation>There is no request &quot;%1&quot; in the register.</translation>
    </message>
    <message>
        <source>This request has already been accepted: its session is %1.</source>
        <translation>This request has already been accepted: its session is %1.</translation>
    </message>
    <message>
        <source>This request was refused: %1</source>
        <translation>This request was refused: %1</translation>
    </message>
    <message>
        <source>There is no convention &quot;%1&quot;.</source>
        <translation>There is no convention &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only a pending request can be refused.</source>
        <translation>Only a pending request can be refused.</translation>
    </message>
    <message>
        <source>Say why the request is refused.</source>
        <translation>Say why the request is refused.</translation>
    </message>
    <message>
        <source>There is no viewing session &quot;%1&quot;.</source>
        <translation>There is no viewing session &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This viewing session is closed: a new request is needed.</source>
        <translation>This viewing session is closed: a new request is needed.</translation>
    </message>
    <message>
        <source>Give the minutes to add.</source>
        <translation>Give the minutes to add.</translation>
    </message>
    <message>
        <source>An extension is a decision of its own: say why it is needed.</source>
        <translation>An extension is a decision of its own: say why it is needed.</translation>
    </message>
    <message>
        <source>The convention %1 limits a session to %2 min: %3 min can still be added.</source>
        <translation>The convention %1 limits a session to %2 min: %3 min can still be added.</translation>
    </message>
    <message>
        <source>This viewing session is already closed.</source>
        <translation>This viewing session is already closed.</translation>
    </message>
    <message>
        <source>Give a period: a first day and a last day after it.</source>
        <translation>Give a period: a first day and a last day after it.</translation>
    </message>
    <message>
        <source>(landlord not identified)</source>
        <translation>(landlord not identified)</translation>
    </message>
    <message>
        <source>Occupation blocking the tenants&apos; access or movement</source>
        <translation>Occupation blocking the tenants&apos; access or movement</translation>
    </message>
    <message>
        <source>Safety or security systems prevented from working or damaged</source>
        <translation>Safety or security systems prevented from working or damaged</translation>
    </message>
    <message>
        <source>Disturbance of the quiet of the premises</source>
        <translation>Disturbance of the quiet of the premises</translation>
    </message>
    <message>
        <source>Imminent threat of serious harm to persons or property</source>
        <translation>Imminent threat of serious harm to persons or property</translation>
    </message>
    <message>
        <source>Landlord&apos;s alert</source>
        <translation>Landlord&apos;s alert</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>outgoing</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>telephone</translation>
    </message>
    <message>
        <source>radio</source>
        <translation>radio</translation>
    </message>
    <message>
        <source>landlord&apos;s alert</source>
        <translation>landlord&apos;s alert</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>no convention in force</source>
        <translation>no convention in force</translation>
    </message>
    <message>
        <source>camera outside the convention</source>
        <translation>camera outside the convention</translation>
    </message>
    <message>
        <source>situation not allowed</source>
        <translation>situation not allowed</translation>
    </message>
    <message>
        <source>no viewing session</source>
        <translation>no viewing session</translation>
    </message>
    <message>
        <source>refused by the centre</source>
        <translation>refused by the centre</translation>
    </message>
</context>
<context>
    <name>vigie::records::CdrImport</name>
    <message>
        <source>a quote is not closed</source>
        <translation>a quote is not closed</translation>
    </message>
    <message>
        <source>%1 columns where Master.csv has at least %2 (accountcode, src, dst, ... disposition, amaflags)</source>
        <translation>%1 columns where Master.csv has at least %2 (accountcode, src, dst, ... disposition, amaflags)</translation>
    </message>
    <message>
        <source>the start time &quot;%1&quot; is not YYYY-MM-DD HH:MM:SS</source>
        <translation>the start time &quot;%1&quot; is not YYYY-MM-DD HH:MM:SS</translation>
    </message>
    <message>
        <source>the answer time &quot;%1&quot; is not YYYY-MM-DD HH:MM:SS</source>
        <translation>the answer time &quot;%1&quot; is not YYYY-MM-DD HH:MM:SS</translation>
    </message>
    <message>
        <source>billsec &quot;%1&quot; is not a number of seconds</source>
        <translation>billsec &quot;%1&quot; is not a number of seconds</translation>
    </message>
    <message>
        <source>unknown disposition &quot;%1&quot; (ANSWERED, NO ANSWER, BUSY, FAILED expected)</source>
        <translation>unknown disposition &quot;%1&quot; (ANSWERED, NO ANSWER, BUSY, FAILED expected)</translation>
    </message>
    <message>
        <source>neither src nor dst gives a number</source>
        <translation>neither src nor dst gives a number</translation>
    </message>
    <message>
        <source>From the telephone exchange (%1, %2 s).</source>
        <translation>From the telephone exchange (%1, %2 s).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>vigie::records::ConventionBook</name>
    <message>
        <source>The convention %1 of %2 has been withdrawn: no viewing session may be opened under it.</source>
        <translation>The convention %1 of %2 has been withdrawn: no viewing session may be opened under it.</translation>
    </message>
    <message>
        <source>The convention %1 of %2 expired on %3: no viewing session may be opened until the préfet approves its renewal.</source>
        <translation>The convention %1 of %2 expired on %3: no viewing session may be opened until the préfet approves its renewal.</translation>
    </message>
    <message>
        <source>The convention %1 of %2 is approved from %3 only.</source>
        <translation>The convention %1 of %2 is approved from %3 only.</translation>
    </message>
    <message>
        <source>The convention&apos;s reference &quot;%1&quot; is not valid: letters, digits, &quot;.&quot;, &quot;-&quot;, &quot;_&quot; or &quot;/&quot;, 40 at most.</source>
        <translation>The convention&apos;s reference &quot;%1&quot; is not valid: letters, digits, &quot;.&quot;, &quot;-&quot;, &quot;_&quot; or &quot;/&quot;, 40 at most.</translation>
    </message>
    <message>
        <source>The convention %1 names no landlord.</source>
        <translation>The convention %1 names no landlord.</translation>
    </message>
    <message>
        <source>The commune of the convention %1 is not an INSEE code: &quot;%2&quot;.</source>
        <translation>The commune of the convention %1 is not an INSEE code: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The convention %1 needs the date of the préfet&apos;s approval and an expiry date after it.</source>
        <translation>The convention %1 needs the date of the préfet&apos;s approval and an expiry date after it.</translation>
    </message>
    <message>
        <source>The maximum duration of a session under the convention %1 must be between 1 minute and 24 hours.</source>
        <translation>The maximum duration of a session under the convention %1 must be between 1 minute and 24 hours.</translation>
    </message>
    <message>
        <source>The convention %1 allows no situation: list at least one.</source>
        <translation>The convention %1 allows no situation: list at least one.</translation>
    </message>
    <message>
        <source>Unknown situation &quot;%1&quot; in the convention %2.</source>
        <translation>Unknown situation &quot;%1&quot; in the convention %2.</translation>
    </message>
    <message>
        <source>The convention %1 lists no building with cameras in its scope.</source>
        <translation>The convention %1 lists no building with cameras in its scope.</translation>
    </message>
    <message>
        <source>A building of the convention %1 has no name.</source>
        <translation>A building of the convention %1 has no name.</translation>
    </message>
    <message>
        <source>Cannot save the convention %1</source>
        <translation>Cannot save the convention %1</translation>
    </message>
</context>
<context>
    <name>vigie::records::IncidentService</name>
    <message>
        <source>Cannot save the incident</source>
        <translation>Cannot save the incident</translation>
    </message>
    <message>
        <source>Incident %1 is signed off: it can no longer be edited, only completed by an addendum.</source>
        <translation>Incident %1 is signed off: it can no longer be edited, only completed by an addendum.</translation>
    </message>
    <message>
        <source>The shift of incident %1 is closed: it can no longer be edited, only completed by an addendum.</source>
        <translation>The shift of incident %1 is closed: it can no longer be edited, only completed by an addendum.</translation>
    </message>
    <message>
        <source>Unknown incident.</source>
        <translation>Unknown incident.</translation>
    </message>
    <message>
        <source>Incident %1 is already signed off.</source>
        <translation>Incident %1 is already signed off.</translation>
    </message>
    <message>
        <source>Incident %1 is still open: close it with its outcome first.</source>
        <translation>Incident %1 is still open: close it with its outcome first.</translation>
    </message>
    <message>
        <source>The addendum is empty.</source>
        <translation>The addendum is empty.</translation>
    </message>
    <message>
        <source>Cannot search the main courante</source>
        <translation>Cannot search the main courante</translation>
    </message>
    <message>
        <source>retention of the main courante</source>
        <translation>retention of the main courante</translation>
    </message>
    <message>
        <source>Cannot purge the main courante</source>
        <translation>Cannot purge the main courante</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) past their retention removed.</source>
        <translation>
            <numerusform>%n incident past its retention removed.</numerusform>
            <numerusform>%n incidents past their retention removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::records::IncidentTypology</name>
    <message>
        <source>Attacks on persons</source>
        <translation>Attacks on persons</translation>
    </message>
    <message>
        <source>Assault, brawl</source>
        <translation>Assault, brawl</translation>
    </message>
    <message>
        <source>Threats, harassment</source>
        <translation>Threats, harassment</translation>
    </message>
    <message>
        <source>Robbery with violence</source>
        <translation>Robbery with violence</translation>
    </message>
    <message>
        <source>Attacks on property</source>
        <translation>Attacks on property</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Theft</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Tag, graffiti</source>
        <translation>Tag, graffiti</translation>
    </message>
    <message>
        <source>Vehicle fire</source>
        <translation>Vehicle fire</translation>
    </message>
    <message>
        <source>Public tranquillity</source>
        <translation>Public tranquillity</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Gathering</translation>
    </message>
    <message>
        <source>Noise nuisance</source>
        <translation>Noise nuisance</translation>
    </message>
    <message>
        <source>Motorised rodeo</source>
        <translation>Motorised rodeo</translation>
    </message>
    <message>
        <source>Public drunkenness</source>
        <translation>Public drunkenness</translation>
    </message>
    <message>
        <source>Traffic and parking</source>
        <translation>Traffic and parking</translation>
    </message>
    <message>
        <source>Road accident</source>
        <translation>Road accident</translation>
    </message>
    <message>
        <source>Obstructive parking</source>
        <translation>Obstructive parking</translation>
    </message>
    <message>
        <source>Abandoned car</source>
        <translation>Abandoned car</translation>
    </message>
    <message>
        <source>Wreck</source>
        <translation>Wreck</translation>
    </message>
    <message>
        <source>Fly-tipping</source>
        <translation>Fly-tipping</translation>
    </message>
    <message>
        <source>Rescue of persons</source>
        <translation>Rescue of persons</translation>
    </message>
    <message>
        <source>Municipal building alarm</source>
        <translation>Municipal building alarm</translation>
    </message>
    <message>
        <source>Intrusion</source>
        <translation>Intrusion</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Fire</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attack</translation>
    </message>
    <message>
        <source>Requisition, viewing</source>
        <translation>Requisition, viewing</translation>
    </message>
    <message>
        <source>Social landlord</source>
        <translation>Social landlord</translation>
    </message>
    <message>
        <source>Technical fault</source>
        <translation>Technical fault</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is not valid: lower-case letters, digits and underscores, &quot;category.sub_category&quot; for a sub-category.</source>
        <translation>The code &quot;%1&quot; is not valid: lower-case letters, digits and underscores, &quot;category.sub_category&quot; for a sub-category.</translation>
    </message>
    <message>
        <source>The label of %1 is missing.</source>
        <translation>The label of %1 is missing.</translation>
    </message>
    <message>
        <source>Cannot read the typology</source>
        <translation>Cannot read the typology</translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot; for this sub-category.</source>
        <translation>There is no category &quot;%1&quot; for this sub-category.</translation>
    </message>
    <message>
        <source>The typology change names no category or no label.</source>
        <translation>The typology change names no category or no label.</translation>
    </message>
    <message>
        <source>Cannot save the typology</source>
        <translation>Cannot save the typology</translation>
    </message>
</context>
<context>
    <name>vigie::records::JournalWords</name>
    <message>
        <source>Incident recorded</source>
        <translation>Incident recorded</translation>
    </message>
    <message>
        <source>Incident updated</source>
        <translation>Incident updated</translation>
    </message>
    <message>
        <source>Incident signed off</source>
        <translation>Incident signed off</translation>
    </message>
    <message>
        <source>Incident addendum</source>
        <translation>Incident addendum</translation>
    </message>
    <message>
        <source>Main courante purged (retention)</source>
        <translation>Main courante purged (retention)</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Shift opened</translation>
    </message>
    <message>
        <source>Shift handed over</source>
        <translation>Shift handed over</translation>
    </message>
    <message>
        <source>Hand-over acknowledged</source>
        <translation>Hand-over acknowledged</translation>
    </message>
    <message>
        <source>Shift log signed</source>
        <translation>Shift log signed</translation>
    </message>
    <message>
        <source>Shift addendum</source>
        <translation>Shift addendum</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Logout</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Login refused</translation>
    </message>
    <message>
        <source>Desk locked</source>
        <translation>Desk locked</translation>
    </message>
    <message>
        <source>Desk unlocked</source>
        <translation>Desk unlocked</translation>
    </message>
    <message>
        <source>Desk unlock refused</source>
        <translation>Desk unlock refused</translation>
    </message>
    <message>
        <source>Action refused</source>
        <translation>Action refused</translation>
    </message>
    <message>
        <source>Shift log exported</source>
        <translation>Shift log exported</translation>
    </message>
    <message>
        <source>Snapshot taken</source>
        <translation>Snapshot taken</translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation>Retention purge</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Habilitation recorded</source>
        <translation>Habilitation recorded</translation>
    </message>
    <message>
        <source>Other event (%1)</source>
        <translation>Other event (%1)</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>logged out</translation>
    </message>
    <message>
        <source>Vigie closed</source>
        <translation>Vigie closed</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>unknown login</source>
        <translation>unknown login</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>account locked</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <source>no input for a while</source>
        <translation>no input for a while</translation>
    </message>
    <message>
        <source>locked by the operator</source>
        <translation>locked by the operator</translation>
    </message>
    <message>
        <source>neither the operator of the desk nor a supervisor</source>
        <translation>neither the operator of the desk nor a supervisor</translation>
    </message>
    <message>
        <source>vigiectl (unknown local account)</source>
        <translation>vigiectl (unknown local account)</translation>
    </message>
    <message>
        <source>vigiectl (local account %1)</source>
        <translation>vigiectl (local account %1)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Pending: %1</translation>
    </message>
    <message>
        <source>Instructions: %1</source>
        <translation>Instructions: %1</translation>
    </message>
    <message>
        <source>Camera faults: %1</source>
        <translation>Camera faults: %1</translation>
    </message>
    <message>
        <source>System faults: %1</source>
        <translation>System faults: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Refused: %1 — %2</translation>
    </message>
    <message>
        <source>%1, attempt %2</source>
        <translation>%1, attempt %2</translation>
    </message>
    <message>
        <source>After %1 failed attempts, until %2</source>
        <translation>After %1 failed attempts, until %2</translation>
    </message>
    <message>
        <source>by a supervisor</source>
        <translation>by a supervisor</translation>
    </message>
    <message>
        <source>File %1, SHA-256 %2</source>
        <translation>File %1, SHA-256 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in %1, SHA-256 %2</source>
        <translation>
            <numerusform>%n event in %1, SHA-256 %2</numerusform>
            <numerusform>%n events in %1, SHA-256 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents before %1 removed</source>
        <translation>Incidents before %1 removed</translation>
    </message>
    <message>
        <source>vigiectl command</source>
        <translation>vigiectl command</translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation>First administrator created</translation>
    </message>
    <message>
        <source>Central database created</source>
        <translation>Central database created</translation>
    </message>
    <message>
        <source>Central database upgraded</source>
        <translation>Central database upgraded</translation>
    </message>
    <message>
        <source>Idle-lock delay changed</source>
        <translation>Idle-lock delay changed</translation>
    </message>
    <message>
        <source>Snapshot saved, camera %1</source>
        <translation>Snapshot saved, camera %1</translation>
    </message>
    <message>
        <source>Account created: %1, roles: %2</source>
        <translation>Account created: %1, roles: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Retention purge: %n entries before %1</source>
        <translation>
            <numerusform>Retention purge: %n entry before %1</numerusform>
            <numerusform>Retention purge: %n entries before %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents purged (retention) before %1</source>
        <translation>Incidents purged (retention) before %1</translation>
    </message>
    <message>
        <source>Failed login for %1: wrong password</source>
        <translation>Failed login for %1: wrong password</translation>
    </message>
    <message>
        <source>Login refused for %1: account disabled</source>
        <translation>Login refused for %1: account disabled</translation>
    </message>
    <message>
        <source>Login refused for %1: account locked</source>
        <translation>Login refused for %1: account locked</translation>
    </message>
    <message>
        <source>Account of %1 locked after %2 failed logins</source>
        <translation>Account of %1 locked after %2 failed logins</translation>
    </message>
    <message>
        <source>Desk locked after a time without input</source>
        <translation>Desk locked after a time without input</translation>
    </message>
    <message>
        <source>Desk of %1 unlocked by a supervisor</source>
        <translation>Desk of %1 unlocked by a supervisor</translation>
    </message>
    <message>
        <source>Refused: %1 (%2)</source>
        <translation>Refused: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Shift log exported as %1, %n entries</source>
        <translation>
            <numerusform>Shift log exported as %1, %n entry</numerusform>
            <numerusform>Shift log exported as %1, %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle-lock delay set to %1 min (was %2 min)</source>
        <translation>Idle-lock delay set to %1 min (was %2 min)</translation>
    </message>
    <message>
        <source>(unknown account)</source>
        <translation>(unknown account)</translation>
    </message>
    <message>
        <source>Failed login: unknown account</source>
        <translation>Failed login: unknown account</translation>
    </message>
    <message>
        <source>Workstation enrolled at central</source>
        <translation>Workstation enrolled at central</translation>
    </message>
    <message>
        <source>Workstation revoked at central</source>
        <translation>Workstation revoked at central</translation>
    </message>
    <message>
        <source>Workstation key enrolled at central</source>
        <translation>Workstation key enrolled at central</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <source>Account enabled or disabled</source>
        <translation>Account enabled or disabled</translation>
    </message>
    <message>
        <source>Camera group created</source>
        <translation>Camera group created</translation>
    </message>
    <message>
        <source>Camera added</source>
        <translation>Camera added</translation>
    </message>
    <message>
        <source>Camera changed</source>
        <translation>Camera changed</translation>
    </message>
    <message>
        <source>Camera stream addresses changed</source>
        <translation>Camera stream addresses changed</translation>
    </message>
    <message>
        <source>Camera moved to another commune</source>
        <translation>Camera moved to another commune</translation>
    </message>
    <message>
        <source>Incident category changed</source>
        <translation>Incident category changed</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Intrusion</source>
        <translation>Intrusion</translation>
    </message>
    <message>
        <source>Line crossed</source>
        <translation>Line crossed</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Saturated road</source>
        <translation>Saturated road</translation>
    </message>
    <message>
        <source>End of saturation</source>
        <translation>End of saturation</translation>
    </message>
    <message>
        <source>Parked vehicle first seen</source>
        <translation>Parked vehicle first seen</translation>
    </message>
    <message>
        <source>Parked vehicle still there</source>
        <translation>Parked vehicle still there</translation>
    </message>
    <message>
        <source>Vehicle parked too long</source>
        <translation>Vehicle parked too long</translation>
    </message>
    <message>
        <source>Wrong way</source>
        <translation>Wrong way</translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation>Loitering</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Gathering</translation>
    </message>
    <message>
        <source>Line crossing</source>
        <translation>Line crossing</translation>
    </message>
    <message>
        <source>left to right</source>
        <translation>left to right</translation>
    </message>
    <message>
        <source>right to left</source>
        <translation>right to left</translation>
    </message>
    <message>
        <source>top to bottom</source>
        <translation>top to bottom</translation>
    </message>
    <message>
        <source>bottom to top</source>
        <translation>bottom to top</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>ticket %1</translation>
    </message>
    <message>
        <source>NATINF %1 (%2)</source>
        <translation>NATINF %1 (%2)</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>camera %1</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>state: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Camera %1</translation>
    </message>
    <message>
        <source>Camera %1, watched since %2: end not known (%3)</source>
        <translation>Camera %1, watched since %2: end not known (%3)</translation>
    </message>
    <message>
        <source>Camera %1, watched %2 (%3)</source>
        <translation>Camera %1, watched %2 (%3)</translation>
    </message>
    <message>
        <source>main stream</source>
        <translation>main stream</translation>
    </message>
    <message>
        <source>sub-stream</source>
        <translation>sub-stream</translation>
    </message>
    <message>
        <source>ONVIF (PTZ)</source>
        <translation>ONVIF (PTZ)</translation>
    </message>
    <message>
        <source>%1, kept in the keyring</source>
        <translation>%1, kept in the keyring</translation>
    </message>
    <message>
        <source>%1, out of the camera directory into the keyring</source>
        <translation>%1, out of the camera directory into the keyring</translation>
    </message>
    <message>
        <source>Outages ended before %1 removed</source>
        <translation>Outages ended before %1 removed</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) removed</source>
        <translation>
            <numerusform>%n image removed</numerusform>
            <numerusform>%n images removed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 file, SHA-256 %2</source>
        <translation>%1 file, SHA-256 %2</translation>
    </message>
    <message>
        <source>ANTAI message %1</source>
        <translation>ANTAI message %1</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (was %2)</translation>
    </message>
    <message>
        <source>Camera %1: %2</source>
        <translation>Camera %1: %2</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (class %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, with %1</translation>
    </message>
    <message>
        <source>, convention %1</source>
        <translation>, convention %1</translation>
    </message>
    <message>
        <source>, corrects an earlier entry: %1</source>
        <translation>, corrects an earlier entry: %1</translation>
    </message>
    <message>
        <source>, %1 min asked</source>
        <translation>, %1 min asked</translation>
    </message>
    <message>
        <source>, intervention: %1</source>
        <translation>, intervention: %1</translation>
    </message>
    <message>
        <source>, refused: %1</source>
        <translation>, refused: %1</translation>
    </message>
    <message>
        <source>%1 min added, until %2</source>
        <translation>%1 min added, until %2</translation>
    </message>
    <message>
        <source>Period from %1 to %2</source>
        <translation>Period from %1 to %2</translation>
    </message>
    <message>
        <source>%1, expires on %2</source>
        <translation>%1, expires on %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in %1, SHA-256 %2</source>
        <translation>
            <numerusform>%n entry in %1, SHA-256 %2</numerusform>
            <numerusform>%n entries in %1, SHA-256 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera %1, detector &quot;%2&quot; (%3)%4</source>
        <translation>Camera %1, detector &quot;%2&quot; (%3)%4</translation>
    </message>
    <message>
        <source>, switched off</source>
        <translation>, switched off</translation>
    </message>
    <message>
        <source>Camera %1, detector &quot;%2&quot;</source>
        <translation>Camera %1, detector &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 on camera %2 (detector &quot;%3&quot;)</source>
        <translation>%1 on camera %2 (detector &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>occupied %1 %</source>
        <translation>occupied %1 %</translation>
    </message>
    <message>
        <source>Camera %1, detector &quot;%2&quot;, from %3 to %4</source>
        <translation>Camera %1, detector &quot;%2&quot;, from %3 to %4</translation>
    </message>
    <message>
        <source>nothing counted</source>
        <translation>nothing counted</translation>
    </message>
    <message>
        <source>Camera %1, %2, SHA-256 %3</source>
        <translation>Camera %1, %2, SHA-256 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) removed</source>
        <translation>
            <numerusform>%n picture removed</numerusform>
            <numerusform>%n pictures removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) before %1 removed</source>
        <translation>
            <numerusform>%n alarm before %1 removed</numerusform>
            <numerusform>%n alarms before %1 removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera %1, taken from %2</source>
        <translation>Camera %1, taken from %2</translation>
    </message>
    <message>
        <source>%1, preset %2</source>
        <translation>%1, preset %2</translation>
    </message>
    <message>
        <source>no camera left</source>
        <translation>no camera left</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Live viewing started</source>
        <translation>Live viewing started</translation>
    </message>
    <message>
        <source>Live viewing ended</source>
        <translation>Live viewing ended</translation>
    </message>
    <message>
        <source>Camera taken out of service</source>
        <translation>Camera taken out of service</translation>
    </message>
    <message>
        <source>Camera account stored</source>
        <translation>Camera account stored</translation>
    </message>
    <message>
        <source>Camera account moved to the keyring</source>
        <translation>Camera account moved to the keyring</translation>
    </message>
    <message>
        <source>Camera outage history purged (retention)</source>
        <translation>Camera outage history purged (retention)</translation>
    </message>
    <message>
        <source>Snapshots purged (retention)</source>
        <translation>Snapshots purged (retention)</translation>
    </message>
    <message>
        <source>Verbalisation drafted</source>
        <translation>Verbalisation drafted</translation>
    </message>
    <message>
        <source>Verbalisation draft edited</source>
        <translation>Verbalisation draft edited</translation>
    </message>
    <message>
        <source>Verbalisation validated</source>
        <translation>Verbalisation validated</translation>
    </message>
    <message>
        <source>Verbalisation exported for ANTAI</source>
        <translation>Verbalisation exported for ANTAI</translation>
    </message>
    <message>
        <source>Verbalisation sent to ANTAI</source>
        <translation>Verbalisation sent to ANTAI</translation>
    </message>
    <message>
        <source>Verbalisation cancelled</source>
        <translation>Verbalisation cancelled</translation>
    </message>
    <message>
        <source>Verbalisation refused</source>
        <translation>Verbalisation refused</translation>
    </message>
    <message>
        <source>NATINF offence recorded</source>
        <translation>NATINF offence recorded</translation>
    </message>
    <message>
        <source>Landlord call</source>
        <translation>Landlord call</translation>
    </message>
    <message>
        <source>Landlord camera request</source>
        <translation>Landlord camera request</translation>
    </message>
    <message>
        <source>Landlord request refused</source>
        <translation>Landlord request refused</translation>
    </message>
    <message>
        <source>Landlord camera access refused</source>
        <translation>Landlord camera access refused</translation>
    </message>
    <message>
        <source>Landlord viewing session opened</source>
        <translation>Landlord viewing session opened</translation>
    </message>
    <message>
        <source>Landlord viewing session extended</source>
        <translation>Landlord viewing session extended</translation>
    </message>
    <message>
        <source>Landlord viewing session closed</source>
        <translation>Landlord viewing session closed</translation>
    </message>
    <message>
        <source>Landlord register reviewed</source>
        <translation>Landlord register reviewed</translation>
    </message>
    <message>
        <source>Landlord convention recorded</source>
        <translation>Landlord convention recorded</translation>
    </message>
    <message>
        <source>Landlord register exported</source>
        <translation>Landlord register exported</translation>
    </message>
    <message>
        <source>Detector set up</source>
        <translation>Detector set up</translation>
    </message>
    <message>
        <source>Detector removed</source>
        <translation>Detector removed</translation>
    </message>
    <message>
        <source>Analytics alarm</source>
        <translation>Analytics alarm</translation>
    </message>
    <message>
        <source>Alarm acknowledged</source>
        <translation>Alarm acknowledged</translation>
    </message>
    <message>
        <source>Counts recorded</source>
        <translation>Counts recorded</translation>
    </message>
    <message>
        <source>Alarm picture</source>
        <translation>Alarm picture</translation>
    </message>
    <message>
        <source>Alarm pictures purged (retention)</source>
        <translation>Alarm pictures purged (retention)</translation>
    </message>
    <message>
        <source>Alarms purged (retention)</source>
        <translation>Alarms purged (retention)</translation>
    </message>
    <message>
        <source>PTZ camera steered</source>
        <translation>PTZ camera steered</translation>
    </message>
    <message>
        <source>PTZ camera released</source>
        <translation>PTZ camera released</translation>
    </message>
    <message>
        <source>PTZ camera taken over</source>
        <translation>PTZ camera taken over</translation>
    </message>
    <message>
        <source>PTZ preset recalled</source>
        <translation>PTZ preset recalled</translation>
    </message>
    <message>
        <source>PTZ preset saved</source>
        <translation>PTZ preset saved</translation>
    </message>
    <message>
        <source>Favourite cameras changed</source>
        <translation>Favourite cameras changed</translation>
    </message>
    <message>
        <source>Camera group saved</source>
        <translation>Camera group saved</translation>
    </message>
    <message>
        <source>Camera group deleted</source>
        <translation>Camera group deleted</translation>
    </message>
    <message>
        <source>camera taken off the walls</source>
        <translation>camera taken off the walls</translation>
    </message>
    <message>
        <source>desk locked</source>
        <translation>desk locked</translation>
    </message>
    <message>
        <source>Vigie stopped without closing it</source>
        <translation>Vigie stopped without closing it</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Retention purge: %n entries (listed)</source>
        <translation>
            <numerusform>Retention purge: %n entry (listed)</numerusform>
            <numerusform>Retention purge: %n entries (listed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cameras %1</source>
        <translation>
            <numerusform>camera %1</numerusform>
            <numerusform>cameras %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Convention %1, %2, %3</source>
        <translation>Convention %1, %2, %3</translation>
    </message>
    <message>
        <source>%1, convention %2, %3</source>
        <translation>%1, convention %2, %3</translation>
    </message>
    <message>
        <source>%1, convention %2, %3 min, until %4</source>
        <translation>%1, convention %2, %3 min, until %4</translation>
    </message>
    <message>
        <source>its limit reached</source>
        <translation>its limit reached</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, %2</source>
        <translation>&quot;%1&quot;, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter-hour count(s) before %1 removed</source>
        <translation>
            <numerusform>%n quarter-hour count before %1 removed</numerusform>
            <numerusform>%n quarter-hour counts before %1 removed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, preset %2 &quot;%3&quot;</source>
        <translation>%1, preset %2 "%3"</translation>
    </message>
    <message>
        <source>Counts purged (retention)</source>
        <translation>Counts purged (retention)</translation>
    </message>
    <message>
        <source>PTZ preset removed</source>
        <translation>PTZ preset removed</translation>
    </message>
</context>
<context>
    <name>vigie::records::ShiftLogBuilder</name>
    <message>
        <source>Handed over by %1 on %2</source>
        <translation>Handed over by %1 on %2</translation>
    </message>
    <message>
        <source>Unknown shift.</source>
        <translation>Unknown shift.</translation>
    </message>
    <message>
        <source>Give a shift, or a time range whose end is after its start.</source>
        <translation>Give a shift, or a time range whose end is after its start.</translation>
    </message>
    <message>
        <source>Cannot read the shift log</source>
        <translation>Cannot read the shift log</translation>
    </message>
    <message>
        <source>Shift log — %1</source>
        <translation>Shift log — %1</translation>
    </message>
    <message>
        <source>Shift log from %1 to %2</source>
        <translation>Shift log from %1 to %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported by %1 on %2, workstation %3</source>
        <translation>Exported by %1 on %2, workstation %3</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No event.</source>
        <translation>No event.</translation>
    </message>
    <message>
        <source>The export format is pdf or csv.</source>
        <translation>The export format is pdf or csv.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Chef de salle: %1 — status: %2</source>
        <translation>Shift supervisor: %1 — status: %2</translation>
    </message>
    <message>
        <source>1. Incidents</source>
        <translation>1. Incidents</translation>
    </message>
    <message>
        <source>No incident.</source>
        <translation>No incident.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>2. Hand-over</source>
        <translation>2. Hand-over</translation>
    </message>
    <message>
        <source>Not handed over yet.</source>
        <translation>Not handed over yet.</translation>
    </message>
    <message>
        <source>Taken over by the incoming chef de salle %1 on %2</source>
        <translation>Taken over by the incoming shift supervisor %1 on %2</translation>
    </message>
    <message>
        <source>Camera faults: %1</source>
        <translation>Camera faults: %1</translation>
    </message>
    <message>
        <source>System faults: %1</source>
        <translation>System faults: %1</translation>
    </message>
    <message>
        <source>No hand-over in this period.</source>
        <translation>No hand-over in this period.</translation>
    </message>
    <message>
        <source>3. Pending actions and instructions</source>
        <translation>3. Pending actions and instructions</translation>
    </message>
    <message>
        <source>Pending actions:</source>
        <translation>Pending actions:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instructions:</translation>
    </message>
    <message>
        <source>See the hand-over notes of each shift above.</source>
        <translation>See the hand-over notes of each shift above.</translation>
    </message>
    <message>
        <source>4. Team</source>
        <translation>4. Team</translation>
    </message>
    <message>
        <source>Chef de salle: %1</source>
        <translation>Shift supervisor: %1</translation>
    </message>
    <message>
        <source>Shift opened by %1</source>
        <translation>Shift opened by %1</translation>
    </message>
    <message>
        <source>Period extract: the teams are in each shift&apos;s log.</source>
        <translation>Period extract: the teams are in each shift&apos;s log.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Signed by %1 on %2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>Supervisor&apos;s visa</source>
        <translation>Supervisor&apos;s visa</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Not signed yet.</translation>
    </message>
    <message>
        <source>Name, date and signature:</source>
        <translation>Name, date and signature:</translation>
    </message>
    <message>
        <source>Annex — technical events of the workstation</source>
        <translation>Annex — technical events of the workstation</translation>
    </message>
    <message>
        <source>Logins, desk locks, snapshots, accounts, exports and retention purges, as the journal holds them.</source>
        <translation>Logins, desk locks, snapshots, accounts, exports and retention purges, as the journal holds them.</translation>
    </message>
    <message>
        <source>Journal at the hand-over: workstation %1, entry %2, hash %3</source>
        <translation>Journal at the hand-over: workstation %1, entry %2, hash %3</translation>
    </message>
</context>
<context>
    <name>vigie::records::ShiftService</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>handed over, awaiting the incoming chef</source>
        <translation>handed over, awaiting the incoming chef</translation>
    </message>
    <message>
        <source>closed, awaiting the visa</source>
        <translation>closed, awaiting the visa</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>Cannot save the shift</source>
        <translation>Cannot save the shift</translation>
    </message>
    <message>
        <source>The shift &quot;%1&quot; is still open on this workstation: hand it over first.</source>
        <translation>The shift &quot;%1&quot; is still open on this workstation: hand it over first.</translation>
    </message>
    <message>
        <source>The chef de salle must be a user with the supervisor role.</source>
        <translation>The shift supervisor must be a user with the supervisor role.</translation>
    </message>
    <message>
        <source>Unknown team member &quot;%1&quot;.</source>
        <translation>Unknown team member &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No shift of the schedule covers this hour.</source>
        <translation>No shift of the schedule covers this hour.</translation>
    </message>
    <message>
        <source>Unknown shift.</source>
        <translation>Unknown shift.</translation>
    </message>
    <message>
        <source>This shift was already handed over.</source>
        <translation>This shift was already handed over.</translation>
    </message>
    <message>
        <source>The hand-over note is empty: write the pending actions, instructions and faults, or &quot;RAS&quot;.</source>
        <translation>The hand-over note is empty: write the pending actions, instructions and faults, or &quot;RAS&quot;.</translation>
    </message>
    <message>
        <source>This shift has no hand-over to acknowledge.</source>
        <translation>This shift has no hand-over to acknowledge.</translation>
    </message>
    <message>
        <source>The incoming chef de salle acknowledges the hand-over, not the outgoing one.</source>
        <translation>The incoming shift supervisor acknowledges the hand-over, not the outgoing one.</translation>
    </message>
    <message>
        <source>This shift log is already signed.</source>
        <translation>This shift log is already signed.</translation>
    </message>
    <message>
        <source>A shift log is signed once it is handed over and acknowledged.</source>
        <translation>A shift log is signed once it is handed over and acknowledged.</translation>
    </message>
    <message>
        <source>The addendum is empty.</source>
        <translation>The addendum is empty.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>The account of %1 is disabled.</translation>
    </message>
    <message>
        <source>%1 has no operational role and cannot be in a shift&apos;s team.</source>
        <translation>%1 has no operational role and cannot be in a shift&apos;s team.</translation>
    </message>
    <message>
        <source>%1 is twice in the team.</source>
        <translation>%1 is twice in the team.</translation>
    </message>
    <message>
        <source>This shift is still open: write in it directly; addenda complete closed shifts.</source>
        <translation>This shift is still open: write in it directly; addenda complete closed shifts.</translation>
    </message>
    <message>
        <source>The shift &quot;%1&quot; was already opened on this workstation and is now %2: it cannot be opened a second time. To complete it, add an addendum to its log.</source>
        <translation>The shift &quot;%1&quot; was already opened on this workstation and is now %2: it cannot be opened a second time. To complete it, add an addendum to its log.</translation>
    </message>
</context>
<context>
    <name>vigie::records::SnapshotStore</name>
    <message>
        <source>The snapshot is empty.</source>
        <translation>The snapshot is empty.</translation>
    </message>
    <message>
        <source>Cannot create the snapshot folder: check the disk and the access rights.</source>
        <translation>Cannot create the snapshot folder: check the disk and the access rights.</translation>
    </message>
    <message>
        <source>Cannot save the snapshot (%1): the disk may be full.</source>
        <translation>Cannot save the snapshot (%1): the disk may be full.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) past their camera&apos;s retention removed.</source>
        <translation>
            <numerusform>%n snapshot past its camera&apos;s retention removed.</numerusform>
            <numerusform>%n snapshots past their camera&apos;s retention removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the snapshot</source>
        <translation>Cannot record the snapshot</translation>
    </message>
    <message>
        <source>Cannot read the snapshots kept</source>
        <translation>Cannot read the snapshots kept</translation>
    </message>
    <message>
        <source>retention of the cameras&apos; images (30 days at most, L252-5)</source>
        <translation>retention of the cameras&apos; images (30 days at most, L252-5)</translation>
    </message>
    <message>
        <source>Cannot purge the snapshots</source>
        <translation>Cannot purge the snapshots</translation>
    </message>
    <message>
        <source>Camera %1 belongs to a social landlord (convention %2): its images may be viewed during a session, never kept. No snapshot is taken.</source>
        <translation>Camera %1 belongs to a social landlord (convention %2): its images may be viewed during a session, never kept. No snapshot is taken.</translation>
    </message>
    <message>
        <source>take a snapshot</source>
        <translation>take a snapshot</translation>
    </message>
</context>
<context>
    <name>vigie::records::form</name>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>The sub-category does not belong to the category.</source>
        <translation>The sub-category does not belong to the category.</translation>
    </message>
    <message>
        <source>Describe what happened, in a few words.</source>
        <translation>Describe what happened, in a few words.</translation>
    </message>
    <message>
        <source>The time of the incident is missing.</source>
        <translation>The time of the incident is missing.</translation>
    </message>
    <message>
        <source>A closed incident needs its outcome.</source>
        <translation>A closed incident needs its outcome.</translation>
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
        <source>Cannot save the change</source>
        <translation>Cannot save the change</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Cannot create the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1 in the register</source>
        <translation>Cannot save %1 in the register</translation>
    </message>
</context>
<context>
    <name>vigie::sync::CentralEnrolment</name>
    <message>
        <source>&quot;%1&quot; is not a workstation id (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation>&quot;%1&quot; is not a workstation id (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</translation>
    </message>
    <message>
        <source>Cannot enrol workstation %1 at central (only the administrator who owns the central schema can)</source>
        <translation>Cannot enrol workstation %1 at central (only the administrator who owns the central schema can)</translation>
    </message>
    <message>
        <source>Cannot revoke workstation %1 at central (only the administrator who owns the central schema can, and only an enrolled workstation)</source>
        <translation>Cannot revoke workstation %1 at central (only the administrator who owns the central schema can, and only an enrolled workstation)</translation>
    </message>
</context>
<context>
    <name>vigie::sync::CentralLink</name>
    <message>
        <source>no keyring is available on this machine: set PGPASSWORD or write the password in ~/.pgpass (mode 0600)</source>
        <translation>no keyring is available on this machine: set PGPASSWORD or write the password in ~/.pgpass (mode 0600)</translation>
    </message>
    <message>
        <source>the keyring holds no password for %1: store it with &quot;vigiectl central password&quot;</source>
        <translation>the keyring holds no password for %1: store it with &quot;vigiectl central password&quot;</translation>
    </message>
    <message>
        <source>the keyring refused: %1</source>
        <translation>the keyring refused: %1</translation>
    </message>
    <message>
        <source>The central server refused the password.</source>
        <translation>The central server refused the password.</translation>
    </message>
    <message>
        <source>The central server does not answer: the workstation keeps working on its own register and will sync when the link returns.</source>
        <translation>The central server does not answer: the workstation keeps working on its own register and will sync when the link returns.</translation>
    </message>
    <message>
        <source>The secure connection to the central server failed: check sslmode and the server&apos;s certificate.</source>
        <translation>The secure connection to the central server failed: check sslmode and the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing (package libqt6sql6-psql).</source>
        <translation>The PostgreSQL driver of Qt is missing (package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the central database %1</source>
        <translation>Cannot reach the central database %1</translation>
    </message>
    <message>
        <source>Password: %1.</source>
        <translation>Password: %1.</translation>
    </message>
    <message>
        <source>Cannot configure the central connection</source>
        <translation>Cannot configure the central connection</translation>
    </message>
    <message>
        <source>No keyring is available on this machine (Secret Service or KWallet): set PGPASSWORD, or write the password in ~/.pgpass with mode 0600.</source>
        <translation>No keyring is available on this machine (Secret Service or KWallet): set PGPASSWORD, or write the password in ~/.pgpass with mode 0600.</translation>
    </message>
    <message>
        <source>The keyring refused: %1</source>
        <translation>The keyring refused: %1</translation>
    </message>
    <message>
        <source>The file name of sslrootcert cannot contain &quot;;&quot; (%1).</source>
        <translation>The file name of sslrootcert cannot contain &quot;;&quot; (%1).</translation>
    </message>
</context>
<context>
    <name>vigie::sync::CentralSchema</name>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Cannot start a transaction</translation>
    </message>
    <message>
        <source>Cannot lock the central schema</source>
        <translation>Cannot lock the central schema</translation>
    </message>
    <message>
        <source>Cannot read the version of the central schema</source>
        <translation>Cannot read the version of the central schema</translation>
    </message>
    <message>
        <source>The central database is at schema %1; this Vigie knows up to %2. Install the newer version on this workstation.</source>
        <translation>The central database is at schema %1; this Vigie knows up to %2. Install the newer version on this workstation.</translation>
    </message>
    <message>
        <source>Cannot upgrade the central database to schema %1</source>
        <translation>Cannot upgrade the central database to schema %1</translation>
    </message>
    <message>
        <source>Cannot upgrade the central database</source>
        <translation>Cannot upgrade the central database</translation>
    </message>
    <message>
        <source>The central database is already initialised (schema %1): use &quot;vigiectl central upgrade&quot;.</source>
        <translation>The central database is already initialised (schema %1): use &quot;vigiectl central upgrade&quot;.</translation>
    </message>
    <message>
        <source>The central database is empty: an administrator runs &quot;vigiectl central init&quot; once.</source>
        <translation>The central database is empty: an administrator runs &quot;vigiectl central init&quot; once.</translation>
    </message>
    <message>
        <source>The central database is at schema %1 and this Vigie needs %2: an administrator runs &quot;vigiectl central upgrade&quot;.</source>
        <translation>The central database is at schema %1 and this Vigie needs %2: an administrator runs &quot;vigiectl central upgrade&quot;.</translation>
    </message>
</context>
<context>
    <name>vigie::sync::CentralUri</name>
    <message>
        <source>&quot;%1&quot; is not a central link: write postgresql://user@host:port/database?sslmode=require.</source>
        <translation>&quot;%1&quot; is not a central link: write postgresql://user@host:port/database?sslmode=require.</translation>
    </message>
    <message>
        <source>The central link must not carry the password: remove it from the URI and set it with &quot;vigiectl central password&quot; (keyring) or PGPASSWORD.</source>
        <translation>The central link must not carry the password: remove it from the URI and set it with &quot;vigiectl central password&quot; (keyring) or PGPASSWORD.</translation>
    </message>
    <message>
        <source>The central link names no database: postgresql://user@host:port/database.</source>
        <translation>The central link names no database: postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; (%2).</source>
        <translation>Unknown sslmode &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the central link (sslmode, sslrootcert, connect_timeout).</source>
        <translation>Unknown option &quot;%1&quot; in the central link (sslmode, sslrootcert, connect_timeout).</translation>
    </message>
    <message>
        <source>The file name of sslrootcert cannot contain &quot;;&quot; (%1).</source>
        <translation>The file name of sslrootcert cannot contain &quot;;&quot; (%1).</translation>
    </message>
</context>
<context>
    <name>vigie::sync::CentralVerify</name>
    <message numerus="yes">
        <source>Central journal intact: all %n entries hold (%1 chain(s)).</source>
        <translation>
            <numerusform>Central journal intact: %n entry holds (%1 chain(s)).</numerusform>
            <numerusform>Central journal intact: all %n entries hold (%1 chain(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the central journal</source>
        <translation>Cannot read the central journal</translation>
    </message>
    <message>
        <source>Chain %1 refused on %2: %3</source>
        <translation>Chain %1 refused on %2: %3</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 is missing.</source>
        <translation>Chain %1: entry %2 is missing.</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 does not follow entry %3.</source>
        <translation>Chain %1: entry %2 does not follow entry %3.</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 was altered (its content no longer matches its hash).</source>
        <translation>Chain %1: entry %2 was altered (its content no longer matches its hash).</translation>
    </message>
    <message>
        <source>Chain %1: the content of entry %2 was altered.</source>
        <translation>Chain %1: the content of entry %2 was altered.</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 carries no signature, after signed entries (its signature was removed).</source>
        <translation>Chain %1: entry %2 carries no signature, after signed entries (its signature was removed).</translation>
    </message>
    <message>
        <source>Chain %1: entry %2 does not carry its workstation&apos;s signature (altered and its hashes recomputed, or forged).</source>
        <translation>Chain %1: entry %2 does not carry its workstation&apos;s signature (altered and its hashes recomputed, or forged).</translation>
    </message>
    <message>
        <source>Chain %1: the signatures of its %2 entries cannot be checked: no valid key of this workstation is enrolled at central.</source>
        <translation>Chain %1: the signatures of its %2 entries cannot be checked: no valid key of this workstation is enrolled at central.</translation>
    </message>
    <message>
        <source>Chain %1: none of its %2 entries is signed: they cannot be checked.</source>
        <translation>Chain %1: none of its %2 entries is signed: they cannot be checked.</translation>
    </message>
</context>
<context>
    <name>vigie::sync::EnrolledKeys</name>
    <message>
        <source>Give the workstation whose key is enrolled.</source>
        <translation>Give the workstation whose key is enrolled.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workstation public key (64 hexadecimal characters, as &quot;vigiectl journal key&quot; prints it).</source>
        <translation>&quot;%1&quot; is not a workstation public key (64 hexadecimal characters, as &quot;vigiectl journal key&quot; prints it).</translation>
    </message>
    <message>
        <source>Cannot enrol the key</source>
        <translation>Cannot enrol the key</translation>
    </message>
    <message>
        <source>Workstation %1 already has another key enrolled at central: it is not replaced (the entries it signed would no longer verify).</source>
        <translation>Workstation %1 already has another key enrolled at central: it is not replaced (the entries it signed would no longer verify).</translation>
    </message>
    <message>
        <source>Cannot read the workstations&apos; keys at central</source>
        <translation>Cannot read the workstations&apos; keys at central</translation>
    </message>
</context>
<context>
    <name>vigie::sync::SyncEngine</name>
    <message numerus="yes">
        <source>%n event(s) sent, </source>
        <translation>
            <numerusform>%n event sent, </numerusform>
            <numerusform>%n events sent, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received, </source>
        <translation>
            <numerusform>%n event received, </numerusform>
            <numerusform>%n events received, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to go up.</source>
        <translation>
            <numerusform>%n event waiting to go up.</numerusform>
            <numerusform>%n events waiting to go up.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the central database</source>
        <translation>Cannot read the central database</translation>
    </message>
    <message>
        <source>Central refuses the journal of %1 from entry %2: %3. Nothing of it is merged; an administrator must examine this workstation (vigiectl journal verify).</source>
        <translation>Central refuses the journal of %1 from entry %2: %3. Nothing of it is merged; an administrator must examine this workstation (vigiectl journal verify).</translation>
    </message>
    <message>
        <source>Cannot start the sync</source>
        <translation>Cannot start the sync</translation>
    </message>
    <message>
        <source>Cannot send the journal to central</source>
        <translation>Cannot send the journal to central</translation>
    </message>
    <message>
        <source>Central refuses the journal of %1 since %2: nothing more goes up until an administrator has examined this workstation.</source>
        <translation>Central refuses the journal of %1 since %2: nothing more goes up until an administrator has examined this workstation.</translation>
    </message>
    <message>
        <source>the local entry %1 differs from the one central holds</source>
        <translation>the local entry %1 differs from the one central holds</translation>
    </message>
    <message>
        <source>central holds %1 entries of this workstation and the local journal fewer (restored from an old copy?)</source>
        <translation>central holds %1 entries of this workstation and the local journal fewer (restored from an old copy?)</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>entry %1 is missing</translation>
    </message>
    <message>
        <source>entry %1 does not follow the one before it</source>
        <translation>entry %1 does not follow the one before it</translation>
    </message>
    <message>
        <source>entry %1 was altered (it no longer matches its hash)</source>
        <translation>entry %1 was altered (it no longer matches its hash)</translation>
    </message>
    <message>
        <source>the content of entry %1 was altered</source>
        <translation>the content of entry %1 was altered</translation>
    </message>
    <message>
        <source>Cannot receive the other workstations&apos; events</source>
        <translation>Cannot receive the other workstations&apos; events</translation>
    </message>
    <message>
        <source>Entry %1 of %2 received from central does not continue the chain this workstation holds: nothing of it is merged.</source>
        <translation>Entry %1 of %2 received from central does not continue the chain this workstation holds: nothing of it is merged.</translation>
    </message>
    <message>
        <source>Workstation %1 is not enrolled at central: an administrator runs &quot;vigiectl central enroll %1&quot; and this workstation connects with the role it gives.</source>
        <translation>Workstation %1 is not enrolled at central: an administrator runs &quot;vigiectl central enroll %1&quot; and this workstation connects with the role it gives.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 received from central cannot be checked: no key of that workstation is enrolled at central. Nothing of its chain is merged until an administrator enrols it.</source>
        <translation>Entry %1 of %2 received from central cannot be checked: no key of that workstation is enrolled at central. Nothing of its chain is merged until an administrator enrols it.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 received from central does not carry the signature of its workstation (altered or forged): nothing of its chain is merged.</source>
        <translation>Entry %1 of %2 received from central does not carry the signature of its workstation (altered or forged): nothing of its chain is merged.</translation>
    </message>
    <message>
        <source>Central holds back this workstation&apos;s entries from entry %1: they are dated more than %2 minutes ahead of its clock. They wait here; check this workstation&apos;s clock.</source>
        <translation>Central holds back this workstation&apos;s entries from entry %1: they are dated more than %2 minutes ahead of its clock. They wait here; check this workstation&apos;s clock.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 is dated %3, more than %4 minutes ahead of this workstation&apos;s clock: it and what follows wait until then. Check this workstation&apos;s clock.</source>
        <translation>Entry %1 of %2 is dated %3, more than %4 minutes ahead of this workstation&apos;s clock: it and what follows wait until then. Check this workstation&apos;s clock.</translation>
    </message>
</context>
<context>
    <name>vigie::sync::SyncStatus</name>
    <message>
        <source>Central: not configured</source>
        <translation>Central: not configured</translation>
    </message>
    <message>
        <source>Central: connecting</source>
        <translation>Central: connecting</translation>
    </message>
    <message>
        <source>Central: connected</source>
        <translation>Central: connected</translation>
    </message>
    <message>
        <source>Central: offline</source>
        <translation>Central: offline</translation>
    </message>
    <message>
        <source>Central: journal refused</source>
        <translation>Central: journal refused</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synced %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Not synced yet since the workstation started.</source>
        <translation>Not synced yet since the workstation started.</translation>
    </message>
</context>
<context>
    <name>vigie::verbalisation::ClockSyncReader</name>
    <message>
        <source>Workstation clock synchronised (maximum error %1 ms).</source>
        <translation>Workstation clock synchronised (maximum error %1 ms).</translation>
    </message>
    <message>
        <source>Workstation clock synchronised.</source>
        <translation>Workstation clock synchronised.</translation>
    </message>
    <message>
        <source>Workstation clock NOT synchronised: the capture time may be wrong.</source>
        <translation>Workstation clock NOT synchronised: the capture time may be wrong.</translation>
    </message>
    <message>
        <source>Workstation clock synchronisation unknown.</source>
        <translation>Workstation clock synchronisation unknown.</translation>
    </message>
</context>
<context>
    <name>vigie::verbalisation::NatinfCatalogue</name>
    <message>
        <source>the class &quot;%1&quot; is not a number from 1 to 5.</source>
        <translation>the class &quot;%1&quot; is not a number from 1 to 5.</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not an amount in euros.</source>
        <translation>the amount &quot;%1&quot; is not an amount in euros.</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>the date &quot;%1&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither oui nor non.</source>
        <translation>&quot;%1&quot; is neither oui nor non.</translation>
    </message>
    <message>
        <source>The NATINF catalogue is empty: an administrator imports it with vigiectl natinf import.</source>
        <translation>The NATINF catalogue is empty: an administrator imports it with vigiectl natinf import.</translation>
    </message>
    <message>
        <source>NATINF %1 is not in the catalogue.</source>
        <translation>NATINF %1 is not in the catalogue.</translation>
    </message>
    <message>
        <source>NATINF %1 expired on %2: it can no longer be used.</source>
        <translation>NATINF %1 expired on %2: it can no longer be used.</translation>
    </message>
    <message>
        <source>NATINF %1 is valid only from %2.</source>
        <translation>NATINF %1 is valid only from %2.</translation>
    </message>
    <message>
        <source>the NATINF code is missing.</source>
        <translation>the NATINF code is missing.</translation>
    </message>
    <message>
        <source>the NATINF code &quot;%1&quot; is not a number of 1 to 6 digits.</source>
        <translation>the NATINF code &quot;%1&quot; is not a number of 1 to 6 digits.</translation>
    </message>
    <message>
        <source>the label of NATINF %1 is missing.</source>
        <translation>the label of NATINF %1 is missing.</translation>
    </message>
    <message>
        <source>the legal reference of NATINF %1 is missing.</source>
        <translation>the legal reference of NATINF %1 is missing.</translation>
    </message>
    <message>
        <source>the class of NATINF %1 must be 1 to 5, not %2.</source>
        <translation>the class of NATINF %1 must be 1 to 5, not %2.</translation>
    </message>
    <message>
        <source>the standard amount of NATINF %1 is missing.</source>
        <translation>the standard amount of NATINF %1 is missing.</translation>
    </message>
    <message>
        <source>the amounts of NATINF %1 must go reduced &lt;= standard &lt;= increased.</source>
        <translation>the amounts of NATINF %1 must go reduced &lt;= standard &lt;= increased.</translation>
    </message>
    <message>
        <source>NATINF %1 would end before it starts (%2 before %3).</source>
        <translation>NATINF %1 would end before it starts (%2 before %3).</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it as CSV UTF-8.</source>
        <translation>the file is not UTF-8 text: save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not one of the catalogue&apos;s (code, libelle, reference, classe, minoree, forfaitaire, majoree, debut, fin, asvp, a_verifier), or appears twice.</source>
        <translation>the column &quot;%1&quot; is not one of the catalogue&apos;s (code, libelle, reference, classe, minoree, forfaitaire, majoree, debut, fin, asvp, a_verifier), or appears twice.</translation>
    </message>
    <message>
        <source>the header line lacks the column &quot;%1&quot;.</source>
        <translation>the header line lacks the column &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a separator too many or missing?).</source>
        <translation>%1 fields where the header has %2 (a separator too many or missing?).</translation>
    </message>
    <message>
        <source>NATINF %1 already appears on an earlier line.</source>
        <translation>NATINF %1 already appears on an earlier line.</translation>
    </message>
    <message>
        <source>the file holds no offence.</source>
        <translation>the file holds no offence.</translation>
    </message>
    <message>
        <source>The catalogue change is not valid: %1</source>
        <translation>The catalogue change is not valid: %1</translation>
    </message>
    <message>
        <source>Cannot save the NATINF catalogue</source>
        <translation>Cannot save the NATINF catalogue</translation>
    </message>
</context>
<context>
    <name>vigie::verbalisation::PlateRules</name>
    <message>
        <source>%1: SIV plates do not use the letters I, O and U.</source>
        <translation>%1: SIV plates do not use the letters I, O and U.</translation>
    </message>
    <message>
        <source>%1: the block SS is not issued on SIV plates.</source>
        <translation>%1: the block SS is not issued on SIV plates.</translation>
    </message>
    <message>
        <source>%1: the number 000 is not issued on SIV plates.</source>
        <translation>%1: the number 000 is not issued on SIV plates.</translation>
    </message>
    <message>
        <source>%1: an FNI plate&apos;s number has 1 to 4 digits.</source>
        <translation>%1: an FNI plate&apos;s number has 1 to 4 digits.</translation>
    </message>
    <message>
        <source>%1: an FNI plate&apos;s number does not start with 0.</source>
        <translation>%1: an FNI plate&apos;s number does not start with 0.</translation>
    </message>
    <message>
        <source>%1: department %2 does not exist on FNI plates (01 to 95, 2A, 2B, 971 to 976).</source>
        <translation>%1: department %2 does not exist on FNI plates (01 to 95, 2A, 2B, 971 to 976).</translation>
    </message>
    <message>
        <source>%1: a French plate holds only letters and digits (&quot;%2&quot; is neither).</source>
        <translation>%1: a French plate holds only letters and digits (&quot;%2&quot; is neither).</translation>
    </message>
    <message>
        <source>%1 is neither an SIV plate (AA-123-AA) nor an FNI plate (1234 AB 75); for a foreign plate, give its country.</source>
        <translation>%1 is neither an SIV plate (AA-123-AA) nor an FNI plate (1234 AB 75); for a foreign plate, give its country.</translation>
    </message>
    <message>
        <source>%1: a plate holds only letters, digits, spaces and dashes (&quot;%2&quot; is not one).</source>
        <translation>%1: a plate holds only letters, digits, spaces and dashes (&quot;%2&quot; is not one).</translation>
    </message>
    <message>
        <source>The plate is missing.</source>
        <translation>The plate is missing.</translation>
    </message>
    <message>
        <source>%1: a plate has at most 12 letters and digits.</source>
        <translation>%1: a plate has at most 12 letters and digits.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code (two letters: DE, BE, ES...).</source>
        <translation>%1 is not an ISO 3166 country code (two letters: DE, BE, ES...).</translation>
    </message>
</context>
<context>
    <name>vigie::verbalisation::TicketExport</name>
    <message>
        <source>synchronised</source>
        <translation>synchronised</translation>
    </message>
    <message>
        <source>NOT synchronised</source>
        <translation>NOT synchronised</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Video-verbalisation ticket %1</source>
        <translation>Video-verbalisation ticket %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Seen live on</source>
        <translation>Seen live on</translation>
    </message>
    <message>
        <source>%1 (workstation clock %2)</source>
        <translation>%1 (workstation clock %2)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>%1 (INSEE %2)</source>
        <translation>%1 (INSEE %2)</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Offence</translation>
    </message>
    <message>
        <source>NATINF %1: %2</source>
        <translation>NATINF %1: %2</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Legal reference</translation>
    </message>
    <message>
        <source>Class, amount</source>
        <translation>Class, amount</translation>
    </message>
    <message>
        <source>class %1, %2</source>
        <translation>class %1, %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 (%2), matricule %3, service %4</source>
        <translation>%1 (%2), matricule %3, service %4</translation>
    </message>
    <message>
        <source>Prefectoral authorisation</source>
        <translation>Prefectoral authorisation</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation>%1, message %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 by %2: %3</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Frames (SHA-256 of each file)</source>
        <translation>Frames (SHA-256 of each file)</translation>
    </message>
    <message>
        <source>Frame %1 (not on this workstation): SHA-256 %2</source>
        <translation>Frame %1 (not on this workstation): SHA-256 %2</translation>
    </message>
    <message>
        <source>Frame %1, %2x%3: SHA-256 %4</source>
        <translation>Frame %1, %2x%3: SHA-256 %4</translation>
    </message>
    <message>
        <source>Ticket %1, workstation %2</source>
        <translation>Ticket %1, workstation %2</translation>
    </message>
    <message>
        <source>The PDF of ticket %1 could not be made: %2</source>
        <translation>The PDF of ticket %1 could not be made: %2</translation>
    </message>
    <message>
        <source>The export format is json or pdf.</source>
        <translation>The export format is json or pdf.</translation>
    </message>
    <message>
        <source>No ticket to export.</source>
        <translation>No ticket to export.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported.</source>
        <translation>Cannot write %1: %2. Nothing was exported.</translation>
    </message>
</context>
<context>
    <name>vigie::verbalisation::TicketService</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validated</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Cannot save the ticket</source>
        <translation>Cannot save the ticket</translation>
    </message>
    <message>
        <source>Camera %1 is not in the directory.</source>
        <translation>Camera %1 is not in the directory.</translation>
    </message>
    <message>
        <source>Camera %1 is out of service: no ticket can be drafted from it.</source>
        <translation>Camera %1 is out of service: no ticket can be drafted from it.</translation>
    </message>
    <message>
        <source>Camera %1 is not the commune&apos;s (%2): it cannot be used for video-verbalisation.</source>
        <translation>Camera %1 is not the commune&apos;s (%2): it cannot be used for video-verbalisation.</translation>
    </message>
    <message>
        <source>a bailleur&apos;s camera</source>
        <translation>a bailleur&apos;s camera</translation>
    </message>
    <message>
        <source>another owner&apos;s camera</source>
        <translation>another owner&apos;s camera</translation>
    </message>
    <message>
        <source>Camera %1 is not named by the prefectoral authorisation for video-verbalisation.</source>
        <translation>Camera %1 is not named by the prefectoral authorisation for video-verbalisation.</translation>
    </message>
    <message>
        <source>No prefectoral authorisation is configured for video-verbalisation (vigie.conf, [verbalisation] authorisation): no ticket can be drafted.</source>
        <translation>No prefectoral authorisation is configured for video-verbalisation (vigie.conf, [verbalisation] authorisation): no ticket can be drafted.</translation>
    </message>
    <message>
        <source>%1 may not video-verbalise: NATINF %2 needs a municipal police agent or an ASVP.</source>
        <translation>%1 may not video-verbalise: NATINF %2 needs a municipal police agent or an ASVP.</translation>
    </message>
    <message>
        <source>NATINF %1 (%2) is not a parking offence: only a municipal police agent may record it, not an ASVP.</source>
        <translation>NATINF %1 (%2) is not a parking offence: only a municipal police agent may record it, not an ASVP.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 country code (two letters: DE, BE, ES...).</source>
        <translation>%1 is not an ISO 3166 country code (two letters: DE, BE, ES...).</translation>
    </message>
    <message>
        <source>no live picture</source>
        <translation>no live picture</translation>
    </message>
    <message>
        <source>A ticket is drafted only from the camera&apos;s live picture, seen by the agent at that instant (%1).</source>
        <translation>A ticket is drafted only from the camera&apos;s live picture, seen by the agent at that instant (%1).</translation>
    </message>
    <message>
        <source>Frame %1 of the capture is empty: nothing was recorded.</source>
        <translation>Frame %1 of the capture is empty: nothing was recorded.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>The frames could not be stored (%1): nothing was recorded, what was typed is kept. Free some disk space and try again.</source>
        <translation>The frames could not be stored (%1): nothing was recorded, what was typed is kept. Free some disk space and try again.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: it can no longer be edited, only cancelled.</source>
        <translation>Ticket %1 is %2: it can no longer be edited, only cancelled.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2&apos;s draft: only the agent who saw the offence edits it.</source>
        <translation>Ticket %1 is %2&apos;s draft: only the agent who saw the offence edits it.</translation>
    </message>
    <message>
        <source>the plate</source>
        <translation>the plate</translation>
    </message>
    <message>
        <source>the offence (NATINF)</source>
        <translation>the offence (NATINF)</translation>
    </message>
    <message>
        <source>the agent&apos;s matricule</source>
        <translation>the agent&apos;s matricule</translation>
    </message>
    <message>
        <source>the service code</source>
        <translation>the service code</translation>
    </message>
    <message>
        <source>a frame</source>
        <translation>a frame</translation>
    </message>
    <message>
        <source>the prefectoral authorisation</source>
        <translation>the prefectoral authorisation</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be validated: %2 missing.</source>
        <translation>Ticket %1 cannot be validated: %2 missing.</translation>
    </message>
    <message>
        <source>Ticket %1 is already %2.</source>
        <translation>Ticket %1 is already %2.</translation>
    </message>
    <message>
        <source>Only the agent who saw the offence (%1) may validate ticket %2.</source>
        <translation>Only the agent who saw the offence (%1) may validate ticket %2.</translation>
    </message>
    <message>
        <source>The matricule %1 is not %2&apos;s.</source>
        <translation>The matricule %1 is not %2&apos;s.</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>There is no ticket %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only a validated ticket is exported.</source>
        <translation>Ticket %1 is %2: only a validated ticket is exported.</translation>
    </message>
    <message>
        <source>The PVe chain&apos;s message id is missing.</source>
        <translation>The PVe chain&apos;s message id is missing.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: only an exported ticket is marked sent.</source>
        <translation>Ticket %1 is %2: only an exported ticket is marked sent.</translation>
    </message>
    <message>
        <source>A cancellation needs its reason.</source>
        <translation>A cancellation needs its reason.</translation>
    </message>
    <message>
        <source>Ticket %1 is already cancelled.</source>
        <translation>Ticket %1 is already cancelled.</translation>
    </message>
    <message>
        <source>Cannot read the tickets</source>
        <translation>Cannot read the tickets</translation>
    </message>
    <message>
        <source>The workstation clock was NOT synchronised at the capture: the time on the ticket may be wrong.</source>
        <translation>The workstation clock was NOT synchronised at the capture: the time on the ticket may be wrong.</translation>
    </message>
    <message>
        <source>Whether the workstation clock was synchronised at the capture is unknown.</source>
        <translation>Whether the workstation clock was synchronised at the capture is unknown.</translation>
    </message>
    <message>
        <source>Fewer frames than asked: %1</source>
        <translation>Fewer frames than asked: %1</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 has ticket(s) %2 at the same place within %3 min.</source>
        <translation>Possible duplicate: %1 has ticket(s) %2 at the same place within %3 min.</translation>
    </message>
</context>
<context>
    <name>vigie::video</name>
    <message>
        <source>All frames</source>
        <translation>All frames</translation>
    </message>
    <message>
        <source>Reduced frame rate</source>
        <translation>Reduced frame rate</translation>
    </message>
    <message>
        <source>Keyframes only</source>
        <translation>Keyframes only</translation>
    </message>
    <message>
        <source>%1 (next try in %2 s)</source>
        <translation>%1 (next try in %2 s)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vigie::video::LiveGrabber</name>
    <message>
        <source>no picture within %1 s</source>
        <translation>no picture within %1 s</translation>
    </message>
    <message>
        <source>The camera&apos;s stream is not live: %1.</source>
        <translation>The camera&apos;s stream is not live: %1.</translation>
    </message>
    <message>
        <source>no further picture within %1 s</source>
        <translation>no further picture within %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Stream lost after %n picture(s) of %1: %2.</source>
        <translation>
            <numerusform>Stream lost after %n picture of %1: %2.</numerusform>
            <numerusform>Stream lost after %n pictures of %1: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::video::StreamEngine</name>
    <message>
        <source>The camera asks for a login and password.</source>
        <translation>The camera asks for a login and password.</translation>
    </message>
    <message>
        <source>The camera refused the login and password.</source>
        <translation>The camera refused the login and password.</translation>
    </message>
    <message>
        <source>The video file cannot be read.</source>
        <translation>The video file cannot be read.</translation>
    </message>
    <message>
        <source>The camera forbids access to this stream.</source>
        <translation>The camera forbids access to this stream.</translation>
    </message>
    <message>
        <source>The camera has no stream at this address (%1).</source>
        <translation>The camera has no stream at this address (%1).</translation>
    </message>
    <message>
        <source>The video file does not exist (%1).</source>
        <translation>The video file does not exist (%1).</translation>
    </message>
    <message>
        <source>Addresses of the kind &quot;%1&quot; are not supported.</source>
        <translation>Addresses of the kind &quot;%1&quot; are not supported.</translation>
    </message>
    <message>
        <source>The stream&apos;s format is not recognised.</source>
        <translation>The stream&apos;s format is not recognised.</translation>
    </message>
    <message>
        <source>Connection refused by %1.</source>
        <translation>Connection refused by %1.</translation>
    </message>
    <message>
        <source>No route to %1.</source>
        <translation>No route to %1.</translation>
    </message>
    <message>
        <source>The camera did not answer in time.</source>
        <translation>The camera did not answer in time.</translation>
    </message>
    <message>
        <source>The camera closed the connection.</source>
        <translation>The camera closed the connection.</translation>
    </message>
    <message>
        <source>The camera answered with an error (%1).</source>
        <translation>The camera answered with an error (%1).</translation>
    </message>
    <message>
        <source>Cannot reach %1.</source>
        <translation>Cannot reach %1.</translation>
    </message>
    <message>
        <source>Cannot read the stream (%1).</source>
        <translation>Cannot read the stream (%1).</translation>
    </message>
    <message>
        <source>The stream carries no video.</source>
        <translation>The stream carries no video.</translation>
    </message>
    <message>
        <source>No decoder for this stream&apos;s video.</source>
        <translation>No decoder for this stream&apos;s video.</translation>
    </message>
    <message>
        <source>No decoder for the %1 video of this stream.</source>
        <translation>No decoder for the %1 video of this stream.</translation>
    </message>
    <message>
        <source>The file holds no picture that can be decoded.</source>
        <translation>The file holds no picture that can be decoded.</translation>
    </message>
    <message>
        <source>The camera did not answer within %1 s.</source>
        <translation>The camera did not answer within %1 s.</translation>
    </message>
    <message>
        <source>Connected, but no picture came within %1 s.</source>
        <translation>Connected, but no picture came within %1 s.</translation>
    </message>
    <message>
        <source>No picture for %1 s.</source>
        <translation>No picture for %1 s.</translation>
    </message>
    <message>
        <source>The camera ended the stream.</source>
        <translation>The camera ended the stream.</translation>
    </message>
    <message>
        <source>The video engine failed: %1</source>
        <translation>The video engine failed: %1</translation>
    </message>
</context>
<context>
    <name>vigie::walls::Tour</name>
    <message>
        <source>&quot;%1&quot; is not a camera number or a range such as 4-7.</source>
        <translation>&quot;%1&quot; is not a camera number or a range such as 4-7.</translation>
    </message>
    <message>
        <source>A tour holds at most %1 cameras.</source>
        <translation>A tour holds at most %1 cameras.</translation>
    </message>
    <message>
        <source>No camera in the tour.</source>
        <translation>No camera in the tour.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::AcknowledgeDialog</name>
    <message>
        <source>Take over the room</source>
        <translation>Take over the room</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Outgoing chef de salle</source>
        <translation>Outgoing shift supervisor</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>by %1 on %2</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Pending actions</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Camera faults</source>
        <translation>Camera faults</translation>
    </message>
    <message>
        <source>System faults</source>
        <translation>System faults</translation>
    </message>
    <message>
        <source>Incoming chef de salle</source>
        <translation>Incoming shift supervisor</translation>
    </message>
    <message>
        <source>&amp;Acknowledge and take over</source>
        <translation>&amp;Acknowledge and take over</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::AddendumDialog</name>
    <message>
        <source>Addendum to the shift log</source>
        <translation>Addendum to the shift log</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>&amp;Addendum</source>
        <translation>&amp;Addendum</translation>
    </message>
    <message>
        <source>A&amp;dd (Ctrl+Enter)</source>
        <translation>A&amp;dd (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::AlarmListView</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Detector</translation>
    </message>
    <message>
        <source>To the camera (Enter)</source>
        <translation>To the camera (Enter)</translation>
    </message>
    <message>
        <source>Acknowledge (A)</source>
        <translation>Acknowledge (A)</translation>
    </message>
    <message>
        <source>Snooze (S)</source>
        <translation>Snooze (S)</translation>
    </message>
    <message>
        <source>Incident (I)</source>
        <translation>Incident (I)</translation>
    </message>
    <message>
        <source>%1 on camera %2 at %3, detector &quot;%4&quot;</source>
        <translation>%1 on camera %2 at %3, detector &quot;%4&quot;</translation>
    </message>
    <message>
        <source>No open alarm.</source>
        <translation>No open alarm.</translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s), newest first</source>
        <translation>
            <numerusform>%n open alarm, newest first</numerusform>
            <numerusform>%n open alarms, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Intrusion</source>
        <translation>Intrusion</translation>
    </message>
    <message>
        <source>Wrong way</source>
        <translation>Wrong way</translation>
    </message>
    <message>
        <source>Saturated road</source>
        <translation>Saturated road</translation>
    </message>
    <message>
        <source>Vehicle parked too long</source>
        <translation>Vehicle parked too long</translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation>Loitering</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Gathering</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::AnalyticsConfigDialog</name>
    <message>
        <source>Intrusion in a zone</source>
        <translation>Intrusion in a zone</translation>
    </message>
    <message>
        <source>Line crossing (flow counting)</source>
        <translation>Line crossing (flow counting)</translation>
    </message>
    <message>
        <source>Road occupancy (saturation)</source>
        <translation>Road occupancy (saturation)</translation>
    </message>
    <message>
        <source>Vehicle parked too long</source>
        <translation>Vehicle parked too long</translation>
    </message>
    <message>
        <source>Wrong-way traffic</source>
        <translation>Wrong-way traffic</translation>
    </message>
    <message>
        <source>Loitering or gathering</source>
        <translation>Loitering or gathering</translation>
    </message>
    <message>
        <source>Video detectors</source>
        <translation>Video detectors</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Detectors of the camera</source>
        <translation>Detectors of the camera</translation>
    </message>
    <message>
        <source>&amp;New detector</source>
        <translation>&amp;New detector</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <source>&amp;Detectors:</source>
        <translation>&amp;Detectors:</translation>
    </message>
    <message>
        <source>Zone: click each point; line: drag from one end to the other. Keyboard: Tab picks a point, arrows move it (Shift: faster), Insert adds one, Delete removes it.</source>
        <translation>Zone: click each point; line: drag from one end to the other. Keyboard: Tab picks a point, arrows move it (Shift: faster), Insert adds one, Delete removes it.</translation>
    </message>
    <message>
        <source>e.g. portail-ecole</source>
        <translation>e.g. portail-ecole</translation>
    </message>
    <message>
        <source>X,Y;X,Y;… from 0 to 1</source>
        <translation>X,Y;X,Y;… from 0 to 1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>empty: always</source>
        <translation>empty: always</translation>
    </message>
    <message>
        <source>Time ranges, then days (1 Monday to 7 Sunday), e.g. %1</source>
        <translation>Time ranges, then days (1 Monday to 7 Sunday), e.g. %1</translation>
    </message>
    <message>
        <source>After school &amp;hours</source>
        <translation>After school &amp;hours</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Enabled</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Points:</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Sensitivity:</translation>
    </message>
    <message>
        <source>Smallest &amp;object (share of the picture):</source>
        <translation>Smallest &amp;object (share of the picture):</translation>
    </message>
    <message>
        <source>Held at least:</source>
        <translation>Held at least:</translation>
    </message>
    <message>
        <source>Lawful &amp;direction (0 right, 90 down):</source>
        <translation>Lawful &amp;direction (0 right, 90 down):</translation>
    </message>
    <message>
        <source>Saturation &amp;threshold:</source>
        <translation>Saturation &amp;threshold:</translation>
    </message>
    <message>
        <source>Saturation held for:</source>
        <translation>Saturation held for:</translation>
    </message>
    <message>
        <source>Parked for:</source>
        <translation>Parked for:</translation>
    </message>
    <message>
        <source>Checked again every:</source>
        <translation>Checked again every:</translation>
    </message>
    <message>
        <source>&amp;Loitering after:</source>
        <translation>&amp;Loitering after:</translation>
    </message>
    <message>
        <source>Objects at once (gathering above 1):</source>
        <translation>Objects at once (gathering above 1):</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Sc&amp;hedule:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>X1,Y1,X2,Y2 from 0 to 1</source>
        <translation>X1,Y1,X2,Y2 from 0 to 1</translation>
    </message>
    <message>
        <source>X,Y;X,Y;… from 0 to 1 (empty: the whole picture)</source>
        <translation>X,Y;X,Y;… from 0 to 1 (empty: the whole picture)</translation>
    </message>
    <message>
        <source>Draw the line on the picture.</source>
        <translation>Draw the line on the picture.</translation>
    </message>
    <message>
        <source>Detector %1 of camera %2 saved.</source>
        <translation>Detector %1 of camera %2 saved.</translation>
    </message>
    <message>
        <source>Detector %1 of camera %2 removed.</source>
        <translation>Detector %1 of camera %2 removed.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::AnalyticsReportView</name>
    <message>
        <source>Counts and occupancy</source>
        <translation>Counts and occupancy</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>by hour</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>by day</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>C&amp;amera:</translation>
    </message>
    <message>
        <source>&amp;Detector:</source>
        <translation>&amp;Detector:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Export the counts</source>
        <translation>Export the counts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Nothing was counted on this camera over this period.</source>
        <translation>Nothing was counted on this camera over this period.</translation>
    </message>
    <message>
        <source>counts-camera-%1-%2-%3.csv</source>
        <translation>counts-camera-%1-%2-%3.csv</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Counts exported to %1.</source>
        <translation>Counts exported to %1.</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>not observed</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>Partly observed: the counts cover only this time (the camera was lost or the analytics stopped for the rest).</source>
        <translation>Partly observed: the counts cover only this time (the camera was lost or the analytics stopped for the rest).</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::BailleurCallPanel</name>
    <message>
        <source>Bailleur calls</source>
        <translation>Bailleur calls</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>Call-back number</translation>
    </message>
    <message>
        <source>Name: the last callers and the landlords&apos; contacts are suggested</source>
        <translation>Name: the last callers and the landlords&apos; contacts are suggested</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Matricule</source>
        <translation>&amp;Matricule</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>Why the entry is corrected (required)</source>
        <translation>Why the entry is corrected (required)</translation>
    </message>
    <message>
        <source>Enter saves the call, Ctrl+Enter saves it and opens its request; Escape closes without saving.</source>
        <translation>Enter saves the call, Ctrl+Enter saves it and opens its request; Escape closes without saving.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Request of the selected call (Ctrl+R)</source>
        <translation>Request of the selected call (Ctrl+R)</translation>
    </message>
    <message>
        <source>Correct the selected call (Ctrl+E)</source>
        <translation>Correct the selected call (Ctrl+E)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Correction: %1</translation>
    </message>
    <message>
        <source>from the telephone exchange</source>
        <translation>from the telephone exchange</translation>
    </message>
    <message>
        <source>contact of %1</source>
        <translation>contact of %1</translation>
    </message>
    <message>
        <source>recent caller, %1</source>
        <translation>recent caller, %1</translation>
    </message>
    <message>
        <source>The call log is not available.</source>
        <translation>The call log is not available.</translation>
    </message>
    <message>
        <source>Say why the entry is corrected: the original stays in the register beside the correction.</source>
        <translation>Say why the entry is corrected: the original stays in the register beside the correction.</translation>
    </message>
    <message>
        <source>Select a call in the list first (Tab to the list, then the arrows).</source>
        <translation>Select a call in the list first (Tab to the list, then the arrows).</translation>
    </message>
    <message>
        <source>Correcting the call of %1:</source>
        <translation>Correcting the call of %1:</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::BailleurKeys</name>
    <message>
        <source>Bailleur dialogs</source>
        <translation>Bailleur dialogs</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Calls: save the call (a suggestion first, if one is chosen)</source>
        <translation>Calls: save the call (a suggestion first, if one is chosen)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Calls: save and open the request; request: accept it</source>
        <translation>Calls: save and open the request; request: accept it</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter</source>
        <translation>Ctrl+Shift+Enter</translation>
    </message>
    <message>
        <source>Request: refuse it, with the reason</source>
        <translation>Request: refuse it, with the reason</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Calls: correct the selected call; sessions: extend, with the reason</source>
        <translation>Calls: correct the selected call; sessions: extend, with the reason</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Sessions: close the selected session</source>
        <translation>Sessions: close the selected session</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::BailleurRegisterView</name>
    <message>
        <source>Bailleur camera access register</source>
        <translation>Bailleur camera access register</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Viewing time</source>
        <translation>Viewing time</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Refusals</translation>
    </message>
    <message>
        <source>The supervisor&apos;s remark on the period (optional)</source>
        <translation>The supervisor&apos;s remark on the period (optional)</translation>
    </message>
    <message>
        <source>Review and &amp;visa the period</source>
        <translation>Review and &amp;visa the period</translation>
    </message>
    <message>
        <source>Every landlord</source>
        <translation>Every landlord</translation>
    </message>
    <message>
        <source>Export &amp;PDF (authorities)</source>
        <translation>Export &amp;PDF (authorities)</translation>
    </message>
    <message>
        <source>Export &amp;CSV (landlord)</source>
        <translation>Export &amp;CSV (landlord)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To (included)</source>
        <translation>&amp;To (included)</translation>
    </message>
    <message>
        <source>Totals per month and per landlord</source>
        <translation>Totals per month and per landlord</translation>
    </message>
    <message>
        <source>%1 call (%2), %3: %4 %5</source>
        <translation>%1 call (%2), %3: %4 %5</translation>
    </message>
    <message>
        <source> — from the telephone exchange</source>
        <translation> — from the telephone exchange</translation>
    </message>
    <message>
        <source>Correction (%1): %2</source>
        <translation>Correction (%1): %2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>%1; cameras %2</source>
        <translation>%1; cameras %2</translation>
    </message>
    <message>
        <source>; intervention %1</source>
        <translation>; intervention %1</translation>
    </message>
    <message>
        <source> — refused: %1</source>
        <translation> — refused: %1</translation>
    </message>
    <message>
        <source> — accepted</source>
        <translation> — accepted</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Cameras %1; %2</source>
        <translation>Cameras %1; %2</translation>
    </message>
    <message>
        <source> — open until %1</source>
        <translation> — open until %1</translation>
    </message>
    <message>
        <source> — closed by hand at %1 by %2</source>
        <translation> — closed by hand at %1 by %2</translation>
    </message>
    <message>
        <source> — closed at its limit, %1</source>
        <translation> — closed at its limit, %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n extension(s)</source>
        <translation>
            <numerusform>; %n extension</numerusform>
            <numerusform>; %n extensions</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>%1: %2 (cameras %3)</source>
        <translation>%1: %2 (cameras %3)</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <source>Visa of %1 on %2 for %3 – %4%5</source>
        <translation>Visa of %1 on %2 for %3 – %4%5</translation>
    </message>
    <message>
        <source>No visa on this period yet.</source>
        <translation>No visa on this period yet.</translation>
    </message>
    <message>
        <source>Visa recorded for %1 – %2.</source>
        <translation>Visa recorded for %1 – %2.</translation>
    </message>
    <message>
        <source>bailleur-register-%1-%2</source>
        <translation>bailleur-register-%1-%2</translation>
    </message>
    <message numerus="yes">
        <source>Register written to %1 (%n entry(ies), SHA-256 %2).</source>
        <translation>
            <numerusform>Register written to %1 (%n entry, SHA-256 %2).</numerusform>
            <numerusform>Register written to %1 (%n entries, SHA-256 %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::widgets::BailleurRequestDialog</name>
    <message>
        <source>Bailleur request</source>
        <translation>Bailleur request</translation>
    </message>
    <message>
        <source>(no incident)</source>
        <translation>(no incident)</translation>
    </message>
    <message>
        <source>The intervention it serves: crew, address</source>
        <translation>The intervention it serves: crew, address</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only to refuse: why</source>
        <translation>Only to refuse: why</translation>
    </message>
    <message>
        <source>&amp;Convention</source>
        <translation>&amp;Convention</translation>
    </message>
    <message>
        <source>&amp;Situation (digit)</source>
        <translation>&amp;Situation (digit)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>Inter&amp;vention</source>
        <translation>Inter&amp;vention</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>&amp;Building</translation>
    </message>
    <message>
        <source>C&amp;ameras (Space ticks)</source>
        <translation>C&amp;ameras (Space ticks)</translation>
    </message>
    <message>
        <source>&amp;Duration asked</source>
        <translation>&amp;Duration asked</translation>
    </message>
    <message>
        <source>&amp;Reason of a refusal</source>
        <translation>&amp;Reason of a refusal</translation>
    </message>
    <message>
        <source>Accept and open the session (Ctrl+Enter)</source>
        <translation>Accept and open the session (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Refuse (Ctrl+Shift+Enter)</source>
        <translation>Refuse (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>No convention: no landlord&apos;s camera may be viewed.</source>
        <translation>No convention: no landlord&apos;s camera may be viewed.</translation>
    </message>
    <message numerus="yes">
        <source>Approved by the préfet on %1, in force until %2; sessions of %n minute(s) at most.</source>
        <translation>
            <numerusform>Approved by the préfet on %1, in force until %2; sessions of %n minute at most.</numerusform>
            <numerusform>Approved by the préfet on %1, in force until %2; sessions of %n minutes at most.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every building of the convention</source>
        <translation>Every building of the convention</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Choose the situation the landlord invokes (its digit).</source>
        <translation>Choose the situation the landlord invokes (its digit).</translation>
    </message>
    <message>
        <source>Tick at least one camera (Space in the list).</source>
        <translation>Tick at least one camera (Space in the list).</translation>
    </message>
    <message>
        <source>Type why the request is refused: the refusal goes into the register with its reason.</source>
        <translation>Type why the request is refused: the refusal goes into the register with its reason.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::BailleurSessionsDialog</name>
    <message>
        <source>Bailleur viewing sessions</source>
        <translation>Bailleur viewing sessions</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Why it is extended (required) or closed</source>
        <translation>Why it is extended (required) or closed</translation>
    </message>
    <message>
        <source>E&amp;xtend by</source>
        <translation>E&amp;xtend by</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Show on the wall (Enter)</source>
        <translation>Show on the wall (Enter)</translation>
    </message>
    <message>
        <source>Extend (Ctrl+E)</source>
        <translation>Extend (Ctrl+E)</translation>
    </message>
    <message>
        <source>Close the session (Del)</source>
        <translation>Close the session (Del)</translation>
    </message>
    <message>
        <source>Landlord&apos;s alert: new request (Ctrl+N)</source>
        <translation>Landlord&apos;s alert: new request (Ctrl+N)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <source>No session open.</source>
        <translation>No session open.</translation>
    </message>
    <message>
        <source>Select a session first.</source>
        <translation>Select a session first.</translation>
    </message>
    <message>
        <source>An extension is a decision of its own: type its reason.</source>
        <translation>An extension is a decision of its own: type its reason.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::BailleurTile</name>
    <message>
        <source>%1 left — bailleur %2</source>
        <translation>%1 left — bailleur %2</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraChooser</name>
    <message>
        <source>Which camera?</source>
        <translation>Which camera?</translation>
    </message>
    <message>
        <source>Camera number, or part of its name or place</source>
        <translation>Camera number, or part of its name or place</translation>
    </message>
    <message>
        <source>Up/Down to pick, Enter to choose, Escape to cancel.</source>
        <translation>Up/Down to pick, Enter to choose, Escape to cancel.</translation>
    </message>
    <message>
        <source>No camera matches &quot;%1&quot;.</source>
        <translation>No camera matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose a camera in the list, or Escape to cancel.</source>
        <translation>Choose a camera in the list, or Escape to cancel.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraDirectoryDialog</name>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>PTZ</source>
        <translation>PTZ</translation>
    </message>
    <message>
        <source>Verbalisation</source>
        <translation>Verbalisation</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Bailleur (%1)</source>
        <translation>Bailleur (%1)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera directory</source>
        <translation>Camera directory</translation>
    </message>
    <message>
        <source>Import cameras</source>
        <translation>Import cameras</translation>
    </message>
    <message>
        <source>Camera files (*.csv *.json)</source>
        <translation>Camera files (*.csv *.json)</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>Export the directory</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation>Account of %1</translation>
    </message>
    <message>
        <source>The camera&apos;s ONVIF account (its administrator&apos;s), to read its streams. It goes to the keyring.</source>
        <translation>The camera&apos;s ONVIF account (its administrator&apos;s), to read its streams. It goes to the keyring.</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Search by number, name, street or zone</source>
        <translation>Search by number, name, street or zone</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Discover</translation>
    </message>
    <message>
        <source>Add the selected &amp;device…</source>
        <translation>Add the selected &amp;device…</translation>
    </message>
    <message>
        <source>The ONVIF cameras answering on the network that are not in the directory yet.</source>
        <translation>The ONVIF cameras answering on the network that are not in the directory yet.</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Retired (kept with their history)</source>
        <translation>Retired (kept with their history)</translation>
    </message>
    <message>
        <source>ONVIF discovery</source>
        <translation>ONVIF discovery</translation>
    </message>
    <message>
        <source>&amp;New camera… (Ins)</source>
        <translation>&amp;New camera… (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit… (Enter)</source>
        <translation>&amp;Edit… (Enter)</translation>
    </message>
    <message>
        <source>&amp;Retire… (Del)</source>
        <translation>&amp;Retire… (Del)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Retired (kept with their history): %1</source>
        <translation>Retired (kept with their history): %1</translation>
    </message>
    <message>
        <source>In service: %1</source>
        <translation>In service: %1</translation>
    </message>
    <message>
        <source>Camera %1 saved.</source>
        <translation>Camera %1 saved.</translation>
    </message>
    <message>
        <source>Select a camera in service first.</source>
        <translation>Select a camera in service first.</translation>
    </message>
    <message>
        <source>Retire camera %1? It leaves the walls for good; it stays in the directory with its history and records, among the retired cameras.</source>
        <translation>Retire camera %1? It leaves the walls for good; it stays in the directory with its history and records, among the retired cameras.</translation>
    </message>
    <message>
        <source>Camera %1 retired.</source>
        <translation>Camera %1 retired.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 cannot be imported: %2</translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was changed: %2</source>
        <translation>%1 was not imported, nothing was changed: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: lines are refused, nothing was changed.</source>
        <translation>%1 was not imported: lines are refused, nothing was changed.</translation>
    </message>
    <message>
        <source>%1 imported: </source>
        <translation>%1 imported: </translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) added, </source>
        <translation>
            <numerusform>%n camera added, </numerusform>
            <numerusform>%n cameras added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused line(s) left out.</source>
        <translation>
            <numerusform>; %n refused line left out.</numerusform>
            <numerusform>; %n refused lines left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was changed.</source>
        <translation>Import of %1 cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) exported to %1 (without their credentials).</source>
        <translation>
            <numerusform>%n camera exported to %1 (without their credentials).</numerusform>
            <numerusform>%n cameras exported to %1 (without their credentials).</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for ONVIF cameras on the network…</source>
        <translation>Looking for ONVIF cameras on the network…</translation>
    </message>
    <message>
        <source>No ONVIF camera answered.</source>
        <translation>No ONVIF camera answered.</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) answered, </source>
        <translation>
            <numerusform>%n camera answered, </numerusform>
            <numerusform>%n cameras answered, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the directory yet.</source>
        <translation>
            <numerusform>%n not in the directory yet.</numerusform>
            <numerusform>%n not in the directory yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: its streams are filled in; complete the form and save.</source>
        <translation>%1 read: its streams are filled in; complete the form and save.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraForm</name>
    <message>
        <source>New camera</source>
        <translation>New camera</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Camera %1</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>what operators call it on the radio</source>
        <translation>what operators call it on the radio</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Zone</translation>
    </message>
    <message>
        <source>district or sector</source>
        <translation>district or sector</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>the street it looks onto</source>
        <translation>the street it looks onto</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;INSEE code</source>
        <translation>&amp;INSEE code</translation>
    </message>
    <message>
        <source>92002</source>
        <translation>92002</translation>
    </message>
    <message>
        <source>La&amp;titude</source>
        <translation>La&amp;titude</translation>
    </message>
    <message>
        <source>degrees, e.g. 48.7543</source>
        <translation>degrees, e.g. 48.7543</translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation>Lon&amp;gitude</translation>
    </message>
    <message>
        <source>degrees, e.g. 2.2976</source>
        <translation>degrees, e.g. 2.2976</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <source>degrees, 0 north, 90 east</source>
        <translation>degrees, 0 north, 90 east</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Bailleur (under a convention)</source>
        <translation>Bailleur (under a convention)</translation>
    </message>
    <message>
        <source>Other owner</source>
        <translation>Other owner</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <source>&amp;Convention</source>
        <translation>&amp;Convention</translation>
    </message>
    <message>
        <source>the bailleur&apos;s convention</source>
        <translation>the bailleur&apos;s convention</translation>
    </message>
    <message>
        <source>&amp;Main stream</source>
        <translation>&amp;Main stream</translation>
    </message>
    <message>
        <source>rtsp://host:554/...</source>
        <translation>rtsp://host:554/...</translation>
    </message>
    <message>
        <source>&amp;Sub-stream</source>
        <translation>&amp;Sub-stream</translation>
    </message>
    <message>
        <source>empty: a single stream</source>
        <translation>empty: a single stream</translation>
    </message>
    <message>
        <source>ONVIF add&amp;ress</source>
        <translation>ONVIF add&amp;ress</translation>
    </message>
    <message>
        <source>http://host/onvif/device_service (PTZ)</source>
        <translation>http://host/onvif/device_service (PTZ)</translation>
    </message>
    <message>
        <source>empty: unchanged</source>
        <translation>empty: unchanged</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>Main stream&apos;s &amp;account</source>
        <translation>Main stream&apos;s &amp;account</translation>
    </message>
    <message>
        <source>Sub-stream&apos;s acc&amp;ount</source>
        <translation>Sub-stream&apos;s acc&amp;ount</translation>
    </message>
    <message>
        <source>ONVIF device&apos;s account</source>
        <translation>ONVIF device&apos;s account</translation>
    </message>
    <message>
        <source>The credentials go to this desk&apos;s keyring, never to the directory, its journal or an export.</source>
        <translation>The credentials go to this desk&apos;s keyring, never to the directory, its journal or an export.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Retention</translation>
    </message>
    <message>
        <source>Motorised (&amp;PTZ)</source>
        <translation>Motorised (&amp;PTZ)</translation>
    </message>
    <message>
        <source>Named by the prefectoral authorisation for &amp;video-verbalisation</source>
        <translation>Named by the prefectoral authorisation for &amp;video-verbalisation</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The number &quot;%1&quot; is not a positive whole number.</source>
        <translation>The number &quot;%1&quot; is not a positive whole number.</translation>
    </message>
    <message>
        <source>Camera %1 is saved, but not this account: %2</source>
        <translation>Camera %1 is saved, but not this account: %2</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraGroupsDialog</name>
    <message>
        <source>My groups of cameras</source>
        <translation>My groups of cameras</translation>
    </message>
    <message>
        <source>Group of cameras</source>
        <translation>Group of cameras</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Name of the group:</translation>
    </message>
    <message>
        <source>&amp;New group from the tree&apos;s selection…</source>
        <translation>&amp;New group from the tree&apos;s selection…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Add the tree&apos;s selection</source>
        <translation>&amp;Add the tree&apos;s selection</translation>
    </message>
    <message>
        <source>Re&amp;move the camera</source>
        <translation>Re&amp;move the camera</translation>
    </message>
    <message>
        <source>&amp;Delete the group</source>
        <translation>&amp;Delete the group</translation>
    </message>
    <message>
        <source>Put on the focused &amp;wall (Enter)</source>
        <translation>Put on the focused &amp;wall (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Groups (yours only, on every desk)</source>
        <translation>Groups (yours only, on every desk)</translation>
    </message>
    <message>
        <source>Cameras of the group</source>
        <translation>Cameras of the group</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n camera(s))</source>
        <translation>
            <numerusform>%1 (%n camera)</numerusform>
            <numerusform>%1 (%n cameras)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not in service)</source>
        <translation>%1 (not in service)</translation>
    </message>
    <message>
        <source>Select a group here and cameras in the tree first.</source>
        <translation>Select a group here and cameras in the tree first.</translation>
    </message>
    <message>
        <source>Select a camera of the group first.</source>
        <translation>Select a camera of the group first.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message numerus="yes">
        <source>%n valid camera(s) in %1: </source>
        <translation>
            <numerusform>%n valid camera in %1: </numerusform>
            <numerusform>%n valid cameras in %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new, </source>
        <translation>
            <numerusform>%n new, </numerusform>
            <numerusform>%n new, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed.</source>
        <translation>
            <numerusform>%n changed.</numerusform>
            <numerusform>%n changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No line is refused.</source>
        <translation>No line is refused.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused, listed below: the file imports whole only once they are corrected.</source>
        <translation>
            <numerusform>%n line refused, listed below: the file imports whole only once they are corrected.</numerusform>
            <numerusform>%n lines refused, listed below: the file imports whole only once they are corrected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the &amp;whole file</source>
        <translation>Import the &amp;whole file</translation>
    </message>
    <message>
        <source>Import the &amp;valid lines only</source>
        <translation>Import the &amp;valid lines only</translation>
    </message>
    <message>
        <source>&amp;Cancel: import nothing</source>
        <translation>&amp;Cancel: import nothing</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraMap</name>
    <message>
        <source>Find a camera on the map: number, name or street</source>
        <translation>Find a camera on the map: number, name or street</translation>
    </message>
    <message>
        <source>Show all (Home)</source>
        <translation>Show all (Home)</translation>
    </message>
    <message>
        <source>Wheel or +/−: zoom · drag: move · click a camera: focused tile · drag a camera: onto a wall</source>
        <translation>Wheel or +/−: zoom · drag: move · click a camera: focused tile · drag a camera: onto a wall</translation>
    </message>
    <message>
        <source>Not on the plan (%1)</source>
        <translation>Not on the plan (%1)</translation>
    </message>
    <message>
        <source>The map&apos;s plan %1 is missing: the cameras are shown on a plain background.</source>
        <translation>The map&apos;s plan %1 is missing: the cameras are shown on a plain background.</translation>
    </message>
    <message>
        <source>The map&apos;s plan %1 cannot be read (%2): the cameras are shown on a plain background.</source>
        <translation>The map&apos;s plan %1 cannot be read (%2): the cameras are shown on a plain background.</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>no coordinates</translation>
    </message>
    <message>
        <source>outside the plan</source>
        <translation>outside the plan</translation>
    </message>
    <message>
        <source>Retired from service</source>
        <translation>Retired from service</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not on the plan</source>
        <translation>
            <numerusform>, %n not on the plan</numerusform>
            <numerusform>, %n not on the plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera map</source>
        <translation>Camera map</translation>
    </message>
    <message>
        <source>Number, name or street</source>
        <translation>Number, name or street</translation>
    </message>
    <message>
        <source>Find the camera and centre on it; Enter shows it on the focused tile</source>
        <translation>Find the camera and centre on it; Enter shows it on the focused tile</translation>
    </message>
    <message>
        <source>Wheel, + and -, arrows, Home</source>
        <translation>Wheel, + and -, arrows, Home</translation>
    </message>
    <message>
        <source>Zoom, move the plan (or drag it), show it all</source>
        <translation>Zoom, move the plan (or drag it), show it all</translation>
    </message>
    <message>
        <source>Click or drag a camera</source>
        <translation>Click or drag a camera</translation>
    </message>
    <message>
        <source>Onto the focused tile, or onto a wall tile</source>
        <translation>Onto the focused tile, or onto a wall tile</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Connecting or reconnecting</source>
        <translation>Connecting or reconnecting</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Not yet seen</source>
        <translation>Not yet seen</translation>
    </message>
    <message>
        <source>Disabled or retired</source>
        <translation>Disabled or retired</translation>
    </message>
    <message>
        <source>In alarm</source>
        <translation>In alarm</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CameraTree</name>
    <message>
        <source>Search a camera (Ctrl+F)</source>
        <translation>Search a camera (Ctrl+F)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Bailleur (convention %1)</source>
        <translation>Bailleur (convention %1)</translation>
    </message>
    <message>
        <source>Other owners</source>
        <translation>Other owners</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ Favourites</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::CountChart</name>
    <message>
        <source>Counts per direction</source>
        <translation>Counts per direction</translation>
    </message>
    <message>
        <source>Nothing counted over this period.</source>
        <translation>Nothing counted over this period.</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>occupancy</translation>
    </message>
    <message>
        <source>partly observed</source>
        <translation>partly observed</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>not observed</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::DetectorCanvas</name>
    <message>
        <source>Detector&apos;s picture: zone or line</source>
        <translation>Detector&apos;s picture: zone or line</translation>
    </message>
    <message>
        <source>No picture of this camera yet: the points can still be drawn.</source>
        <translation>No picture of this camera yet: the points can still be drawn.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::HandOverDialog</name>
    <message>
        <source>Hand over the shift</source>
        <translation>Hand over the shift</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — chef de salle: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — shift supervisor: %2</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Pending actions</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Camera faults</source>
        <translation>Camera faults</translation>
    </message>
    <message>
        <source>System faults</source>
        <translation>System faults</translation>
    </message>
    <message>
        <source>&amp;Pending actions</source>
        <translation>&amp;Pending actions</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Instructions</translation>
    </message>
    <message>
        <source>&amp;Camera faults</source>
        <translation>&amp;Camera faults</translation>
    </message>
    <message>
        <source>S&amp;ystem faults</source>
        <translation>S&amp;ystem faults</translation>
    </message>
    <message>
        <source>&amp;RAS in empty fields</source>
        <translation>&amp;RAS in empty fields</translation>
    </message>
    <message>
        <source>Fills every empty field with &quot;RAS&quot; (nothing to report)</source>
        <translation>Fills every empty field with &quot;RAS&quot; (nothing to report)</translation>
    </message>
    <message>
        <source>&amp;Hand over (Ctrl+Enter)</source>
        <translation>&amp;Hand over (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::IncidentDialog</name>
    <message>
        <source>Incident — main courante</source>
        <translation>Incident — daily log</translation>
    </message>
    <message>
        <source>Only where the intervention needs it</source>
        <translation>Only where the intervention needs it</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>Incident closed</translation>
    </message>
    <message>
        <source>3. What happened</source>
        <translation>3. What happened</translation>
    </message>
    <message>
        <source>4. Persons involved</source>
        <translation>4. Persons involved</translation>
    </message>
    <message>
        <source>5. Partners alerted (digit stamps the time)</source>
        <translation>5. Partners alerted (digit stamps the time)</translation>
    </message>
    <message>
        <source>6. Outcome</source>
        <translation>6. Outcome</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>0  (none)</source>
        <translation>0  (none)</translation>
    </message>
    <message>
        <source>Type the number of the category.</source>
        <translation>Type the number of the category.</translation>
    </message>
    <message>
        <source>Describe what happened; Enter moves on, Shift+Enter starts a new line.</source>
        <translation>Describe what happened; Enter moves on, Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <source>Persons involved, only where needed; Enter moves on.</source>
        <translation>Persons involved, only where needed; Enter moves on.</translation>
    </message>
    <message>
        <source>Type the number of each partner alerted; Enter moves on.</source>
        <translation>Type the number of each partner alerted; Enter moves on.</translation>
    </message>
    <message>
        <source>Outcome; Ctrl+Enter saves.</source>
        <translation>Outcome; Ctrl+Enter saves.</translation>
    </message>
    <message>
        <source>Incident dialog</source>
        <translation>Incident dialog</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Digit</translation>
    </message>
    <message>
        <source>Choose the category or sub-category (0: none); tick a partner and stamp the time</source>
        <translation>Choose the category or sub-category (0: none); tick a partner and stamp the time</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation>Enter or Tab</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Next field</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Previous field</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>New line in the description</source>
        <translation>New line in the description</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>Save the incident</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>1. Category (number, Enter)</source>
        <translation>1. Category (number, Enter)</translation>
    </message>
    <message>
        <source>2. Sub-category (number, 0 or Enter for none)</source>
        <translation>2. Sub-category (number, 0 or Enter for none)</translation>
    </message>
    <message>
        <source>Category %1… type its second digit, or Enter.</source>
        <translation>Category %1… type its second digit, or Enter.</translation>
    </message>
    <message>
        <source>Type the number of the sub-category; 0 or Enter for none.</source>
        <translation>Type the number of the sub-category; 0 or Enter for none.</translation>
    </message>
    <message>
        <source>Sub-category %1… type its second digit, or Enter.</source>
        <translation>Sub-category %1… type its second digit, or Enter.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::IncidentPanel</name>
    <message>
        <source>Search the main courante</source>
        <translation>Search the daily log</translation>
    </message>
    <message>
        <source>New incident (F2)</source>
        <translation>New incident (F2)</translation>
    </message>
    <message>
        <source>No shift open: the last 24 hours.</source>
        <translation>No shift open: the last 24 hours.</translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation>Shift: %1</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>camera %1</translation>
    </message>
    <message>
        <source>Edited on two workstations at once: check the journal.</source>
        <translation>Edited on two workstations at once: check the journal.</translation>
    </message>
    <message>
        <source>No incident yet.</source>
        <translation>No incident yet.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::LockDialog</name>
    <message>
        <source>Vigie — Desk locked</source>
        <translation>Vigie — Desk locked</translation>
    </message>
    <message>
        <source>&lt;b&gt;Desk locked&lt;/b&gt; since %1</source>
        <translation>&lt;b&gt;Desk locked&lt;/b&gt; since %1</translation>
    </message>
    <message>
        <source>Session of %1. It can be unlocked by this operator or by a supervisor.</source>
        <translation>Session of %1. It can be unlocked by this operator or by a supervisor.</translation>
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
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
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
    <name>vigie::widgets::MaintenanceView</name>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 h)</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 days)</translation>
    </message>
    <message>
        <source>Camera maintenance</source>
        <translation>Camera maintenance</translation>
    </message>
    <message>
        <source>Export the maintenance report</source>
        <translation>Export the maintenance report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Down time</source>
        <translation>Down time</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Outages</translation>
    </message>
    <message>
        <source>Down since</source>
        <translation>Down since</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) down now</source>
        <translation>
            <numerusform>%n camera down now</numerusform>
            <numerusform>%n cameras down now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) in service</source>
        <translation>
            <numerusform>%n camera in service</numerusform>
            <numerusform>%n cameras in service</numerusform>
        </translation>
    </message>
    <message>
        <source>maintenance-%1.%2</source>
        <translation>maintenance-%1.%2</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Report written: %1</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::MapPlan</name>
    <message>
        <source>The plan&apos;s bounds are incomplete: %1 is missing in vigie.conf.</source>
        <translation>The plan&apos;s bounds are incomplete: %1 is missing in vigie.conf.</translation>
    </message>
    <message>
        <source>The plan&apos;s bound %1 = &quot;%2&quot; is not a number of degrees between -%3 and %3.</source>
        <translation>The plan&apos;s bound %1 = &quot;%2&quot; is not a number of degrees between -%3 and %3.</translation>
    </message>
    <message>
        <source>The plan %1 has no bounds in vigie.conf (map/north, map/south, map/west, map/east): the cameras cannot be placed on it.</source>
        <translation>The plan %1 has no bounds in vigie.conf (map/north, map/south, map/west, map/east): the cameras cannot be placed on it.</translation>
    </message>
    <message>
        <source>The plan&apos;s bounds are reversed: map/north (%1) must be greater than map/south (%2).</source>
        <translation>The plan&apos;s bounds are reversed: map/north (%1) must be greater than map/south (%2).</translation>
    </message>
    <message>
        <source>The plan&apos;s bounds are reversed: map/east (%1) must be greater than map/west (%2).</source>
        <translation>The plan&apos;s bounds are reversed: map/east (%1) must be greater than map/west (%2).</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::OpenShiftDialog</name>
    <message>
        <source>Open the shift</source>
        <translation>Open the shift</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Chef de salle</source>
        <translation>Shift supervisor</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>&amp;Chef de salle</source>
        <translation>&amp;Shift supervisor</translation>
    </message>
    <message>
        <source>&amp;Team (Space ticks)</source>
        <translation>&amp;Team (Space ticks)</translation>
    </message>
    <message>
        <source>&amp;Open the shift</source>
        <translation>&amp;Open the shift</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::PlateFrameView</name>
    <message>
        <source>No frame was grabbed.</source>
        <translation>No frame was grabbed.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::PtzPresetsDialog</name>
    <message>
        <source>Presets of camera %1</source>
        <translation>Presets of camera %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <source>e.g. Town hall entrance</source>
        <translation>e.g. Town hall entrance</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Saving, renaming and removing presets is the chef de salle&apos;s: a preset is shared by the whole room.</source>
        <translation>Saving, renaming and removing presets is the chef de salle&apos;s: a preset is shared by the whole room.</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Save here</source>
        <translation>&amp;Save here</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Press Remove again to remove preset %1 for the whole room.</source>
        <translation>Press Remove again to remove preset %1 for the whole room.</translation>
    </message>
    <message>
        <source>Mo&amp;ve preset %1 here</source>
        <translation>Mo&amp;ve preset %1 here</translation>
    </message>
    <message>
        <source>&amp;Save here as preset %1</source>
        <translation>&amp;Save here as preset %1</translation>
    </message>
    <message>
        <source>Confir&amp;m removal</source>
        <translation>Confir&amp;m removal</translation>
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
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the desk after, without input (administrators)</source>
        <translation>Lock the desk after, without input (administrators)</translation>
    </message>
    <message>
        <source>Only an administrator changes the idle-lock delay.</source>
        <translation>Only an administrator changes the idle-lock delay.</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::ShiftLogView</name>
    <message>
        <source>Shift log</source>
        <translation>Shift log</translation>
    </message>
    <message>
        <source>Export the shift log</source>
        <translation>Export the shift log</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>All operators</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>All cameras</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Shift</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <source>Ca&amp;mera</source>
        <translation>Ca&amp;mera</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Export CS&amp;V…</translation>
    </message>
    <message>
        <source>Si&amp;gn (visa)…</source>
        <translation>Si&amp;gn (visa)…</translation>
    </message>
    <message>
        <source>&amp;Addendum…</source>
        <translation>&amp;Addendum…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Time range (From, To)</source>
        <translation>Time range (From, To)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — chef de salle: %2 — %3 — %n event(s)</source>
        <translation>
            <numerusform>%1 — shift supervisor: %2 — %3 — %n event</numerusform>
            <numerusform>%1 — shift supervisor: %2 — %3 — %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n event(s)</source>
        <translation>
            <numerusform>%1 — %n event</numerusform>
            <numerusform>%1 — %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shift log written to %1 (%n event(s), SHA-256 %2).</source>
        <translation>
            <numerusform>Shift log written to %1 (%n event, SHA-256 %2).</numerusform>
            <numerusform>Shift log written to %1 (%n events, SHA-256 %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>shift-log-%1</source>
        <translation>shift-log-%1</translation>
    </message>
    <message>
        <source>shift-log-%1-%2</source>
        <translation>shift-log-%1-%2</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::SignShiftDialog</name>
    <message>
        <source>Sign the shift log (visa)</source>
        <translation>Sign the shift log (visa)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Pending actions</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Camera faults</source>
        <translation>Camera faults</translation>
    </message>
    <message>
        <source>System faults</source>
        <translation>System faults</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chef de salle</source>
        <translation>Shift supervisor</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Hand-over</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>by %1 on %2</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>&amp;Sign (Ctrl+Enter)</source>
        <translation>&amp;Sign (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::TicketDialog</name>
    <message>
        <source>%1 — %2 (class %3, %4)</source>
        <translation>%1 — %2 (class %3, %4)</translation>
    </message>
    <message>
        <source>Video-verbalisation</source>
        <translation>Video-verbalisation</translation>
    </message>
    <message>
        <source>Frame %1 of %2 (Ctrl+%1): %3×%4</source>
        <translation>Frame %1 of %2 (Ctrl+%1): %3×%4</translation>
    </message>
    <message>
        <source>Drag a rectangle over the plate to have it read.</source>
        <translation>Drag a rectangle over the plate to have it read.</translation>
    </message>
    <message>
        <source>AB-123-CD, 1234 AB 75…</source>
        <translation>AB-123-CD, 1234 AB 75…</translation>
    </message>
    <message>
        <source>FR</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>ISO country code of a foreign plate (DE, BE, ES…); empty for France</source>
        <translation>ISO country code of a foreign plate (DE, BE, ES…); empty for France</translation>
    </message>
    <message>
        <source>VP car, VU van, MOTO motorcycle, CYCLO moped, PL heavy goods vehicle, TCP bus or coach</source>
        <translation>VP car, VU van, MOTO motorcycle, CYCLO moped, PL heavy goods vehicle, TCP bus or coach</translation>
    </message>
    <message>
        <source>Code or words of the offence</source>
        <translation>Code or words of the offence</translation>
    </message>
    <message>
        <source>No offence may be recorded: the NATINF catalogue has no code valid today that you may use. Ask an administrator to import it.</source>
        <translation>No offence may be recorded: the NATINF catalogue has no code valid today that you may use. Ask an administrator to import it.</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>&amp;Plate</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>&amp;Make</translation>
    </message>
    <message>
        <source>Mo&amp;del</source>
        <translation>Mo&amp;del</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>Co&amp;lour</translation>
    </message>
    <message>
        <source>&amp;NATINF offence</source>
        <translation>&amp;NATINF offence</translation>
    </message>
    <message>
        <source>Matric&amp;ule</source>
        <translation>Matric&amp;ule</translation>
    </message>
    <message>
        <source>&amp;Service code</source>
        <translation>&amp;Service code</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>Validate (Ctrl+Enter)</source>
        <translation>Validate (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Type the plate: lower case, spaces or no separator are fine.</source>
        <translation>Type the plate: lower case, spaces or no separator are fine.</translation>
    </message>
    <message>
        <source>✔ %1 (%2)</source>
        <translation>✔ %1 (%2)</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Type the code or words of the offence; ↓ lists the matches.</source>
        <translation>Type the code or words of the offence; ↓ lists the matches.</translation>
    </message>
    <message>
        <source>NATINF %1 is not in the offences you may record today (unknown, expired, or not open to your status).</source>
        <translation>NATINF %1 is not in the offences you may record today (unknown, expired, or not open to your status).</translation>
    </message>
    <message>
        <source>%1 — %2 — class %3 — %4</source>
        <translation>%1 — %2 — class %3 — %4</translation>
    </message>
    <message>
        <source> (reduced %1, increased %2)</source>
        <translation> (reduced %1, increased %2)</translation>
    </message>
    <message>
        <source> — to be checked by a jurist</source>
        <translation> — to be checked by a jurist</translation>
    </message>
    <message>
        <source>Reading the plate…</source>
        <translation>Reading the plate…</translation>
    </message>
    <message>
        <source>No plate read in this rectangle: draw it closer around the plate, or type the plate.</source>
        <translation>No plate read in this rectangle: draw it closer around the plate, or type the plate.</translation>
    </message>
    <message>
        <source>Read: %1 (confidence %2 %). Check it against the picture.</source>
        <translation>Read: %1 (confidence %2 %). Check it against the picture.</translation>
    </message>
    <message>
        <source>Use %1 (Enter)</source>
        <translation>Use %1 (Enter)</translation>
    </message>
    <message>
        <source>Plate taken from the reading; correct it if needed.</source>
        <translation>Plate taken from the reading; correct it if needed.</translation>
    </message>
    <message>
        <source>Draft %1 saved.</source>
        <translation>Draft %1 saved.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: it can no longer be edited, only cancelled from the ticket list.</source>
        <translation>Ticket %1 is %2: it can no longer be edited, only cancelled from the ticket list.</translation>
    </message>
    <message>
        <source>Close without saving? What was typed since the last save is lost.</source>
        <translation>Close without saving? What was typed since the last save is lost.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Video-verbalisation dialog</source>
        <translation>Video-verbalisation dialog</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation>Enter or Tab</translation>
    </message>
    <message>
        <source>Next field; accepts the plate read</source>
        <translation>Next field; accepts the plate read</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Down arrow</translation>
    </message>
    <message>
        <source>List the NATINF offences matching what is typed</source>
        <translation>List the NATINF offences matching what is typed</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+3</source>
        <translation>Ctrl+1 to Ctrl+3</translation>
    </message>
    <message>
        <source>Show frame 1 to 3</source>
        <translation>Show frame 1 to 3</translation>
    </message>
    <message>
        <source>Mouse drag</source>
        <translation>Mouse drag</translation>
    </message>
    <message>
        <source>Read the plate in a rectangle of the frame</source>
        <translation>Read the plate in a rectangle of the frame</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Save the draft</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Validate the ticket</source>
        <translation>Validate the ticket</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::TicketListView</name>
    <message>
        <source>Video-verbalisation tickets</source>
        <translation>Video-verbalisation tickets</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>NATINF code</source>
        <translation>NATINF code</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;State</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <source>&amp;Offence</source>
        <translation>&amp;Offence</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Seen live</source>
        <translation>Seen live</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Offence</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation>&amp;Open (Enter)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the ticket…</source>
        <translation>Ca&amp;ncel the ticket…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Mark sent…</source>
        <translation>&amp;Mark sent…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No ticket in these dates.</source>
        <translation>No ticket in these dates.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) — per day: %1</source>
        <translation>
            <numerusform>%n ticket — per day: %1</numerusform>
            <numerusform>%n tickets — per day: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a ticket first.</source>
        <translation>Select a ticket first.</translation>
    </message>
    <message>
        <source>Ticket %1 cancelled.</source>
        <translation>Ticket %1 cancelled.</translation>
    </message>
    <message>
        <source>Ticket %1 exported to %2 (SHA-256 %3).</source>
        <translation>Ticket %1 exported to %2 (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Ticket %1 marked sent (message %2).</source>
        <translation>Ticket %1 marked sent (message %2).</translation>
    </message>
    <message>
        <source>Ticket %1 — camera %2 — seen live on %3</source>
        <translation>Ticket %1 — camera %2 — seen live on %3</translation>
    </message>
    <message>
        <source>%1 — INSEE %2</source>
        <translation>%1 — INSEE %2</translation>
    </message>
    <message>
        <source>Cancel ticket %1</source>
        <translation>Cancel ticket %1</translation>
    </message>
    <message>
        <source>Why is the ticket cancelled? (kept in the register)</source>
        <translation>Why is the ticket cancelled? (kept in the register)</translation>
    </message>
    <message>
        <source>ticket-%1</source>
        <translation>ticket-%1</translation>
    </message>
    <message>
        <source>Export ticket %1</source>
        <translation>Export ticket %1</translation>
    </message>
    <message>
        <source>Ticket %1 sent</source>
        <translation>Ticket %1 sent</translation>
    </message>
    <message>
        <source>Message id given by the PVe chain:</source>
        <translation>Message id given by the PVe chain:</translation>
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
    <message>
        <source>Viewing not allowed</source>
        <translation>Viewing not allowed</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Sub</source>
        <translation>Sub</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
</context>
<context>
    <name>vigie::widgets::TourDialog</name>
    <message>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>e.g. 1, 4-7, 12</source>
        <translation>e.g. 1, 4-7, 12</translation>
    </message>
    <message>
        <source>&amp;Cameras:</source>
        <translation>&amp;Cameras:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Each camera for:</source>
        <translation>&amp;Each camera for:</translation>
    </message>
    <message>
        <source>The focused &amp;tile (%1)</source>
        <translation>The focused &amp;tile (%1)</translation>
    </message>
    <message>
        <source>The focused &amp;tile (none)</source>
        <translation>The focused &amp;tile (none)</translation>
    </message>
    <message>
        <source>The whole &amp;wall, page by page</source>
        <translation>The whole &amp;wall, page by page</translation>
    </message>
    <message>
        <source>Cycles:</source>
        <translation>Cycles:</translation>
    </message>
    <message>
        <source>&amp;Change the tour</source>
        <translation>&amp;Change the tour</translation>
    </message>
    <message>
        <source>&amp;Start the tour</source>
        <translation>&amp;Start the tour</translation>
    </message>
    <message>
        <source>Sto&amp;p the tour</source>
        <translation>Sto&amp;p the tour</translation>
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
    <message>
        <source>Tour paused.</source>
        <translation>Tour paused.</translation>
    </message>
    <message>
        <source>Tour resumed.</source>
        <translation>Tour resumed.</translation>
    </message>
    <message>
        <source>Tour stopped: a camera was placed by hand.</source>
        <translation>Tour stopped: a camera was placed by hand.</translation>
    </message>
    <message>
        <source>Tour paused %1/%2</source>
        <translation>Tour paused %1/%2</translation>
    </message>
    <message>
        <source>Tour %1/%2</source>
        <translation>Tour %1/%2</translation>
    </message>
    <message>
        <source>Tour held by an alarm %1/%2</source>
        <translation>Tour held by an alarm %1/%2</translation>
    </message>
    <message>
        <source>Camera retired from the directory: it is no longer shown.</source>
        <translation>Camera retired from the directory: it is no longer shown.</translation>
    </message>
    <message>
        <source>Camera disabled in the directory: nothing is shown until it is enabled again.</source>
        <translation>Camera disabled in the directory: nothing is shown until it is enabled again.</translation>
    </message>
    <message>
        <source>Camera retired</source>
        <translation>Camera retired</translation>
    </message>
    <message>
        <source>Camera disabled</source>
        <translation>Camera disabled</translation>
    </message>
</context>
</TS>
