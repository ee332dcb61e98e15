<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>StakeholderActions</name>
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
    <name>StakeholdersPage</name>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder</numerusform>
            <numerusform>%Ln stakeholders</numerusform>
        </translation>
    </message>
</context>
</TS>
