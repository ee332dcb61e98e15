<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BriefOptionsPanel</name>
    <message numerus="yes">
        <source>{consented} of the %Ln key stakeholders have consent recorded: only their contact details can print.</source>
        <translation>
            <numerusform>{consented} of the %Ln key stakeholder has consent recorded: only their contact details can print.</numerusform>
            <numerusform>{consented} of the %Ln key stakeholders have consent recorded: only their contact details can print.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %Ln stakeholders</source>
        <translation>
            <numerusform>Change %Ln stakeholder</numerusform>
            <numerusform>Change %Ln stakeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditing</name>
    <message numerus="yes">
        <source>Changing %Ln stakeholders…</source>
        <translation>
            <numerusform>Changing %Ln stakeholder…</numerusform>
            <numerusform>Changing %Ln stakeholders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk Edit %Ln stakeholders</source>
        <translation>
            <numerusform>Bulk Edit %Ln stakeholder</numerusform>
            <numerusform>Bulk Edit %Ln stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders changed.</source>
        <translation>
            <numerusform>%Ln stakeholder changed.</numerusform>
            <numerusform>%Ln stakeholders changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already as asked.</source>
        <translation>
            <numerusform>%Ln was already as asked.</numerusform>
            <numerusform>%Ln were already as asked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleExportWizard</name>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder</numerusform>
            <numerusform>%Ln stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln practice</numerusform>
            <numerusform>%Ln practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>personal data of %Ln records</source>
        <translation>
            <numerusform>personal data of %Ln record</numerusform>
            <numerusform>personal data of %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleHistoryDialog</name>
    <message numerus="yes">
        <source>Erased what came from {city} (%Ln bundles).</source>
        <translation>
            <numerusform>Erased what came from {city} (%Ln bundle).</numerusform>
            <numerusform>Erased what came from {city} (%Ln bundles).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message numerus="yes">
        <source>Bundle imported: %Ln records added, updated or withdrawn. File &gt; Bundle History can undo it.</source>
        <translation>
            <numerusform>Bundle imported: %Ln record added, updated or withdrawn. File &gt; Bundle History can undo it.</numerusform>
            <numerusform>Bundle imported: %Ln records added, updated or withdrawn. File &gt; Bundle History can undo it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%Ln more errors happened since.</source>
        <translation>
            <numerusform>%Ln more error happened since.</numerusform>
            <numerusform>%Ln more errors happened since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message numerus="yes">
        <source>%Ln stakeholders in the current view will be exported.</source>
        <translation>
            <numerusform>%Ln stakeholder in the current view will be exported.</numerusform>
            <numerusform>%Ln stakeholders in the current view will be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %Ln have a contact person, email or phone.</source>
        <translation>
            <numerusform>Of them, %Ln has a contact person, email or phone.</numerusform>
            <numerusform>Of them, %Ln have a contact person, email or phone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of those, %Ln have recorded consent.</source>
        <translation>
            <numerusform>Of those, %Ln has recorded consent.</numerusform>
            <numerusform>Of those, %Ln have recorded consent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>{file}: %Ln rows ({encoding})</source>
        <translation>
            <numerusform>{file}: %Ln row ({encoding})</numerusform>
            <numerusform>{file}: %Ln rows ({encoding})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln set aside as section headings.</source>
        <translation>
            <numerusform>%Ln set aside as a section heading.</numerusform>
            <numerusform>%Ln set aside as section headings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold no stakeholder (blank rows, titles, repeated headers).</source>
        <translation>
            <numerusform>%Ln holds no stakeholder (a blank row, a title, a repeated header).</numerusform>
            <numerusform>%Ln hold no stakeholder (blank rows, titles, repeated headers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rows with problems.</source>
        <translation>
            <numerusform>… and %Ln more row with problems.</numerusform>
            <numerusform>… and %Ln more rows with problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message numerus="yes">
        <source>The %Ln stakeholders it added are deleted, with anything recorded on them since.</source>
        <translation>
            <numerusform>The %Ln stakeholder it added is deleted, with anything recorded on it since.</numerusform>
            <numerusform>The %Ln stakeholders it added are deleted, with anything recorded on them since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stakeholders it updated get their previous values back.</source>
        <translation>
            <numerusform>The %Ln stakeholder it updated gets its previous values back.</numerusform>
            <numerusform>The %Ln stakeholders it updated get their previous values back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Peer cities already received %Ln of the stakeholders it added, in a bundle: your next bundle withdraws them from the peers.</source>
        <translation>
            <numerusform>Peer cities already received %Ln of the stakeholders it added, in a bundle: your next bundle withdraws it from the peers.</numerusform>
            <numerusform>Peer cities already received %Ln of the stakeholders it added, in a bundle: your next bundle withdraws them from the peers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>%Ln stakeholder deleted.</numerusform>
            <numerusform>%Ln stakeholders deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders given their previous values back.</source>
        <translation>
            <numerusform>%Ln stakeholder given its previous values back.</numerusform>
            <numerusform>%Ln stakeholders given their previous values back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message numerus="yes">
        <source>%Ln stakeholders placed by influence and interest.</source>
        <translation>
            <numerusform>%Ln stakeholder placed by influence and interest.</numerusform>
            <numerusform>%Ln stakeholders placed by influence and interest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not placed.</source>
        <translation>
            <numerusform>%Ln not placed.</numerusform>
            <numerusform>%Ln not placed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%Ln other records are merged into it and then deleted.</source>
        <translation>
            <numerusform>%Ln other record is merged into it and then deleted.</numerusform>
            <numerusform>%Ln other records are merged into it and then deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln interactions move to it.</source>
        <translation>
            <numerusform>Their %Ln interaction moves to it.</numerusform>
            <numerusform>Their %Ln interactions move to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerDetailView</name>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln months old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ This information is more than a month old: check it with the city before relying on it.</numerusform>
            <numerusform>⚠ This information is more than %Ln months old: check it with the city before relying on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ This information is more than %Ln years old: check it with the city before relying on it.</source>
        <translation>
            <numerusform>⚠ This information is more than a year old: check it with the city before relying on it.</numerusform>
            <numerusform>⚠ This information is more than %Ln years old: check it with the city before relying on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message numerus="yes">
        <source>{shown} of %Ln peer cities</source>
        <translation>
            <numerusform>{shown} of %Ln peer city</numerusform>
            <numerusform>{shown} of %Ln peer cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln hidden)</source>
        <translation>
            <numerusform>(%Ln hidden)</numerusform>
            <numerusform>(%Ln hidden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterFlows</name>
    <message numerus="yes">
        <source>Sample data loaded: %Ln stakeholders, each tagged “sample”.</source>
        <translation>
            <numerusform>Sample data loaded: %Ln stakeholder, tagged “sample”.</numerusform>
            <numerusform>Sample data loaded: %Ln stakeholders, each tagged “sample”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceOptions</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows that look like section headings were set aside: {rows}.</source>
        <translation>
            <numerusform>%Ln row that looks like a section heading was set aside: {rows}.</numerusform>
            <numerusform>%Ln rows that look like section headings were set aside: {rows}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderActions</name>
    <message numerus="yes">
        <source>Merge %Ln stakeholders</source>
        <translation>
            <numerusform>Merge %Ln stakeholder</numerusform>
            <numerusform>Merge %Ln stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders merged into one.</source>
        <translation>
            <numerusform>%Ln stakeholder merged into one.</numerusform>
            <numerusform>%Ln stakeholders merged into one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interactions moved.</source>
        <translation>
            <numerusform>%Ln interaction moved.</numerusform>
            <numerusform>%Ln interactions moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders archived. Show them with “Show archived”.</source>
        <translation>
            <numerusform>%Ln stakeholder archived. Show it with “Show archived”.</numerusform>
            <numerusform>%Ln stakeholders archived. Show them with “Show archived”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored from the archive.</source>
        <translation>
            <numerusform>%Ln stakeholder restored from the archive.</numerusform>
            <numerusform>%Ln stakeholders restored from the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln stakeholders</source>
        <translation>
            <numerusform>Archive %Ln stakeholder</numerusform>
            <numerusform>Archive %Ln stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln stakeholders from the archive</source>
        <translation>
            <numerusform>Restore %Ln stakeholder from the archive</numerusform>
            <numerusform>Restore %Ln stakeholders from the archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted. Undo with {keys}.</source>
        <translation>
            <numerusform>%Ln stakeholder deleted. Undo with {keys}.</numerusform>
            <numerusform>%Ln stakeholders deleted. Undo with {keys}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stakeholders</source>
        <translation>
            <numerusform>Delete %Ln stakeholder</numerusform>
            <numerusform>Delete %Ln stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders restored.</source>
        <translation>
            <numerusform>%Ln stakeholder restored.</numerusform>
            <numerusform>%Ln stakeholders restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders deleted.</source>
        <translation>
            <numerusform>%Ln stakeholder deleted.</numerusform>
            <numerusform>%Ln stakeholders deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderExport</name>
    <message numerus="yes">
        <source>%Ln stakeholders exported to {file}.</source>
        <translation>
            <numerusform>%Ln stakeholder exported to {file}.</numerusform>
            <numerusform>%Ln stakeholders exported to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder</numerusform>
            <numerusform>%Ln stakeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message numerus="yes">
        <source>⚠ This city&apos;s data is %Ln months old: ask the city for a new bundle before relying on it.</source>
        <translation>
            <numerusform>⚠ This city&apos;s data is %Ln month old: ask the city for a new bundle before relying on it.</numerusform>
            <numerusform>⚠ This city&apos;s data is %Ln months old: ask the city for a new bundle before relying on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln practice</numerusform>
            <numerusform>%Ln practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln self-assessed topic</numerusform>
            <numerusform>%Ln self-assessed topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder</numerusform>
            <numerusform>%Ln stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn records</source>
        <translation>
            <numerusform>%Ln withdrawn record</numerusform>
            <numerusform>%Ln withdrawn records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working group entries (groups, meetings, actions, notes)</source>
        <translation>
            <numerusform>%Ln working group entry (a group, meeting, action or note)</numerusform>
            <numerusform>%Ln working group entries (groups, meetings, actions, notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders have an email address or phone number in their description.</source>
        <translation>
            <numerusform>%Ln stakeholder has an email address or phone number in their description.</numerusform>
            <numerusform>%Ln stakeholders have an email address or phone number in their description.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_GroupCounts</name>
    <message numerus="yes">
        <source>%Ln working groups, with their meetings and actions</source>
        <translation>
            <numerusform>%Ln working group, with its meetings and actions</numerusform>
            <numerusform>%Ln working groups, with their meetings and actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MapCounts</name>
    <message numerus="yes">
        <source>%Ln not placed: influence or interest not set</source>
        <translation>
            <numerusform>%Ln not placed: influence or interest not set</numerusform>
            <numerusform>%Ln not placed: influence or interest not set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %Ln stakeholders placed · {day}</source>
        <translation>
            <numerusform>{placed} of %Ln stakeholder placed · {day}</numerusform>
            <numerusform>{placed} of %Ln stakeholders placed · {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PeerCount</name>
    <message numerus="yes">
        <source>%Ln peer cities, best first</source>
        <translation>
            <numerusform>%Ln peer city</numerusform>
            <numerusform>%Ln peer cities, best first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities, none with anything in common with yours yet</source>
        <translation>
            <numerusform>%Ln peer city, nothing in common with yours yet</numerusform>
            <numerusform>%Ln peer cities, none with anything in common with yours yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer cities:</source>
        <translation>
            <numerusform>%Ln peer city:</numerusform>
            <numerusform>%Ln peer cities:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with something in common, best first,</source>
        <translation>
            <numerusform>%Ln with something in common,</numerusform>
            <numerusform>%Ln with something in common, best first,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>then %Ln with nothing in common yet.</source>
        <translation>
            <numerusform>then %Ln with nothing in common yet.</numerusform>
            <numerusform>then %Ln with nothing in common yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message numerus="yes">
        <source>%Ln practices</source>
        <translation>
            <numerusform>%Ln practice</numerusform>
            <numerusform>%Ln practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessed topics</source>
        <translation>
            <numerusform>%Ln self-assessed topic</numerusform>
            <numerusform>%Ln self-assessed topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder</numerusform>
            <numerusform>%Ln stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawals of records shared before</source>
        <translation>
            <numerusform>%Ln withdrawal of a record shared before</numerusform>
            <numerusform>%Ln withdrawals of records shared before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Include contact person, email and phone of the %Ln stakeholders whose consent is recorded</source>
        <translation>
            <numerusform>&amp;Include contact person, email and phone of the %Ln stakeholder whose consent is recorded</numerusform>
            <numerusform>&amp;Include contact person, email and phone of the %Ln stakeholders whose consent is recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared stakeholders have personal data; it is left out unless you tick the box, and it is never sent without recorded consent.</source>
        <translation>
            <numerusform>%Ln shared stakeholder has personal data; it is left out unless you tick the box, and it is never sent without recorded consent.</numerusform>
            <numerusform>%Ln shared stakeholders have personal data; it is left out unless you tick the box, and it is never sent without recorded consent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have an email address or phone number written in their description: those are left out of the description the same way.</source>
        <translation>
            <numerusform>%Ln of them has an email address or phone number written in their description: it is left out of the description the same way.</numerusform>
            <numerusform>%Ln of them have an email address or phone number written in their description: those are left out of the description the same way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the emails and phone numbers written in %Ln texts of our profile, practices and working groups (left out otherwise, shown as [✉] and [☎])</source>
        <translation>
            <numerusform>Send the emails and phone numbers written in %Ln text of our profile, practices and working groups (left out otherwise, shown as [✉] and [☎])</numerusform>
            <numerusform>Send the emails and phone numbers written in %Ln texts of our profile, practices and working groups (left out otherwise, shown as [✉] and [☎])</numerusform>
        </translation>
    </message>
</context>
</TS>
