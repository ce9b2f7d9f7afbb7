<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>NumberFormatter</name>
    <message>
        <source>about %1</source>
        <translation>约%1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少%1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最多%1</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未注明</translation>
    </message>
</context>
<context>
    <name>DateFormatter</name>
    <message>
        <source>date not given</source>
        <translation>未注明日期</translation>
    </message>
</context>
</TS>
