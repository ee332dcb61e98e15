<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps your city&apos;s social and solidarity economy profile and shows what the peer cities of the RRR network offer and want to learn. Works offline; your data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{licence} licence. Free to use, share and change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityProfileView</name>
    <message>
        <source>City profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a city to see its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we want to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics: {topics}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}, as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {what}

Your saved data is safe. The details were written to the log file:
{log}

You can go on working. If this happens again, send the log file to your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more errors happened since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to RRR Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which city do you work for? It becomes our city: the profile and data you keep here are about it. Every other city is a peer city you can learn from and share with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the RRR peer cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRR peer cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Łódź</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick your city in the list, or choose “Another city”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of your city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your city&apos;s country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your city&apos;s main language from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadingView</name>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our city: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Search cities, countries or topics (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search peer cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peer cities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peer city matches “{search}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} peer cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} peer cities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>City not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRR Desktop could not open your data: {problem}

Details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>RRR Desktop is already open with this data folder:
{folder}

Switch to the open window. Only one window at a time may use the same data, so that nothing you type is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of RRR Desktop (data version {found}; this version reads up to {known}). Nothing was changed.

Install the latest version of RRR Desktop to open it.

Data file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not an RRR Desktop database, or it is damaged ({reason}). Nothing was changed.

Restore a copy from the backups folder ({backups}), or start RRR Desktop with another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRR Desktop cannot use its data folder {folder}: {reason}.

Check that the disk is connected and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
