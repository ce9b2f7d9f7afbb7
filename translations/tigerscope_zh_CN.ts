<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlignCommand</name>
    <message>
        <source>The Chinese text: one paragraph per non-empty line.</source>
        <translation>中文文本：每个非空行为一个段落。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The English text: one paragraph per non-empty line.</source>
        <translation>英文文本：每个非空行为一个段落。</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 不是可读取的文件</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>align needs both --zh FILE and --en FILE</source>
        <translation>align 需要同时指定 --zh FILE 和 --en FILE</translation>
    </message>
    <message>
        <source>Align the paragraphs of a Chinese text with its English translation; prints JSON, TSV or TMX.</source>
        <translation>将中文文本的段落与其英文译文逐段对齐，以 JSON、TSV 或 TMX 输出。</translation>
    </message>
    <message>
        <source>Output format: json (default), tsv or tmx.</source>
        <translation>输出格式：json（默认）、tsv 或 tmx。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>unknown format %1: use json, tsv or tmx</source>
        <translation>未知格式 %1：请使用 json、tsv 或 tmx</translation>
    </message>
</context>
<context>
    <name>AlignmentStore</name>
    <message>
        <source>Cannot store the alignment: %1</source>
        <translation>无法保存对齐结果：%1</translation>
    </message>
</context>
<context>
    <name>ArticleParser</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation>文件中没有文本。</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <source>The article has no paragraphs.</source>
        <translation>这篇文章没有段落。</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be imported.</source>
        <translation>数据库以只读方式打开，无法导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot store the article: %1</source>
        <translation>无法保存文章：%1</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be removed.</source>
        <translation>数据库以只读方式打开，无法移除任何内容。</translation>
    </message>
    <message>
        <source>Cannot remove the article: %1</source>
        <translation>无法移除文章：%1</translation>
    </message>
    <message>
        <source>There is no imported article %1.</source>
        <translation>没有已导入的文章 %1。</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be changed.</source>
        <translation>数据库以只读方式打开：无法做任何更改。</translation>
    </message>
    <message>
        <source>Cannot change the paragraph: %1</source>
        <translation>无法更改该段落：%1</translation>
    </message>
    <message>
        <source>The paragraph is already chrome, or there is no such paragraph.</source>
        <translation>该段落已标为非正文内容，或者没有这个段落。</translation>
    </message>
    <message>
        <source>The paragraph was not turned into chrome in the reader.</source>
        <translation>该段落并未在阅读器中被标为非正文内容。</translation>
    </message>
</context>
<context>
    <name>BigramIndex</name>
    <message>
        <source>Cannot index the text: %1</source>
        <translation>无法为文本建立索引：%1</translation>
    </message>
    <message>
        <source>Cannot remove the text from the index: %1</source>
        <translation>无法从索引中移除文本：%1</translation>
    </message>
    <message>
        <source>Cannot rebuild the index: %1</source>
        <translation>无法重建索引：%1</translation>
    </message>
</context>
<context>
    <name>ChartCatalogue</name>
    <message>
        <source>Financing and valuation</source>
        <translation>融资与估值</translation>
    </message>
    <message>
        <source>Users and daily active users</source>
        <translation>用户数与日活跃用户数</translation>
    </message>
    <message>
        <source>Days to 15 million daily active users</source>
        <translation>日活跃用户达到1500万所用天数</translation>
    </message>
    <message>
        <source>Cost of training a model</source>
        <translation>模型训练成本</translation>
    </message>
    <message>
        <source>DeepSeek adoption</source>
        <translation>DeepSeek的接入与部署</translation>
    </message>
    <message>
        <source>Executive departures</source>
        <translation>高管离职</translation>
    </message>
    <message>
        <source>Strategic positioning</source>
        <translation>战略定位</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>≈ approximate</source>
        <translation>≈ 约数</translation>
    </message>
    <message>
        <source>≥ at least</source>
        <translation>≥ 至少</translation>
    </message>
    <message>
        <source>≤ at most</source>
        <translation>≤ 最多</translation>
    </message>
    <message>
        <source>range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>The sources give no figures for this chart.</source>
        <translation>来源中没有可用于此图表的数据。</translation>
    </message>
    <message>
        <source>Source: not given</source>
        <translation>来源：未注明</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>The latest financing round, funds raised within a period and valuation, by company, as the sources report them</source>
        <translation>按来源报道，各公司最近一轮融资额、阶段内融资总额与估值</translation>
    </message>
    <message>
        <source>Users as the sources count them: enterprise and developer users of a platform, daily active users of an assistant</source>
        <translation>按来源口径统计的用户数：平台的企业与开发者用户、助手产品的日活跃用户</translation>
    </message>
    <message>
        <source>The sources give no such figures for %1.</source>
        <translation>来源中没有%1的此类数据。</translation>
    </message>
    <message>
        <source>Left out: %1 figure(s) given in another currency.</source>
        <translation>未列入：%1个以其他货币计的数据点。</translation>
    </message>
    <message>
        <source>How many days after launch each company&apos;s assistant took to reach 15 million daily active users</source>
        <translation>各公司助手产品上线后，日活跃用户达到1500万所用的天数</translation>
    </message>
    <message>
        <source>Reported training cost of one model per company; a derived figure follows from a reported ratio</source>
        <translation>每家公司一个模型的训练成本报道值；推算值由报道的比例得出</translation>
    </message>
    <message>
        <source>Central state-owned enterprises that deployed DeepSeek, companies connected to it, and the giants&apos; cloud platforms that launched it</source>
        <translation>部署DeepSeek的中央企业、接入DeepSeek的公司，以及上线DeepSeek的大厂云平台</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Cloud platforms that launched DeepSeek</source>
        <translation>上线DeepSeek的云平台</translation>
    </message>
    <message>
        <source>counted from the integration events</source>
        <translation>根据接入事件统计</translation>
    </message>
    <message>
        <source>Departures of executives and co-founders reported by the sources, by company</source>
        <translation>来源报道的各公司高管与联合创始人离职情况</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>date as the source gives it</source>
        <translation>来源给出的日期</translation>
    </message>
    <message>
        <source>no date given: on or before the article&apos;s date</source>
        <translation>未注明日期：不晚于文章发表日期</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>on or before %1</source>
        <translation>不晚于%1</translation>
    </message>
    <message>
        <source>Light markers: the source gives no date; they stand at the date of the article that reports them.</source>
        <translation>浅色标记：来源未注明日期，标记置于报道该事件的文章的发表日期。</translation>
    </message>
    <message>
        <source>Where the articles place each company: business or consumer customers, open-source or own closed models</source>
        <translation>文章对各公司的定位：面向企业还是消费者，开源模型还是自有闭源模型</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Consumers (C-end)</source>
        <translation>消费者（C端）</translation>
    </message>
    <message>
        <source>Business and government (B-end)</source>
        <translation>企业与政府（B端）</translation>
    </message>
    <message>
        <source>Own closed models</source>
        <translation>自有闭源模型</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>开源</translation>
    </message>
    <message>
        <source>Open models for business</source>
        <translation>开源模型 · 企业市场</translation>
    </message>
    <message>
        <source>Open models for consumers</source>
        <translation>开源模型 · 消费市场</translation>
    </message>
    <message>
        <source>Own models for consumers</source>
        <translation>自有模型 · 消费市场</translation>
    </message>
    <message>
        <source>Own models for business</source>
        <translation>自有模型 · 企业市场</translation>
    </message>
    <message>
        <source>The positions are our reading of the cited paragraphs, not figures printed in the sources.</source>
        <translation>位置是我们对所引段落的解读，并非来源中给出的数据。</translation>
    </message>
    <message>
        <source>Not placed, the sources describe one axis only: %1.</source>
        <translation>未标出（来源只描述了一个维度）：%1。</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>A chart of %1 × %2 at scale %3 cannot be exported: each side must come to between 1 and %4 pixels.</source>
        <translation>无法导出 %1 × %2、缩放倍数 %3 的图表：每条边须在 1 到 %4 像素之间。</translation>
    </message>
    <message>
        <source>No file name was given for the chart.</source>
        <translation>未指定图表的文件名。</translation>
    </message>
    <message>
        <source>Unknown file type “%1”: save the chart as .png, .svg or .pdf.</source>
        <translation>未知的文件类型“%1”：请将图表保存为 .png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name to save the chart.</source>
        <translation>“%1”是文件夹，请选择保存图表的文件名。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>the chart could not be drawn at this size</source>
        <translation>无法以此尺寸绘制图表</translation>
    </message>
</context>
<context>
    <name>ChartSpec</name>
    <message>
        <source>(sources differ)</source>
        <translation>（来源不一）</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>（我的）</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>CitationFormatter</name>
    <message>
        <source>Chinese text</source>
        <translation>中文版</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>英文版</translation>
    </message>
    <message>
        <source>¶%1</source>
        <extracomment>%1 is a paragraph number counted from 1 within the article&apos;s language version</extracomment>
        <translation>¶%1</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <extracomment>%1 is a paragraph number counted from 1 within the article&apos;s language version</extracomment>
        <translation>第%1段</translation>
    </message>
    <message>
        <source>p. %1, ¶%2</source>
        <translation>第 %1 页，¶%2</translation>
    </message>
</context>
<context>
    <name>CitationOpener</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>unexpected argument %1</source>
        <translation>无法识别的参数 %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Folder of the user&apos;s database (default: the application data folder).</source>
        <translation>用户数据库所在的文件夹（默认：应用数据文件夹）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Interface and output language: en or zh_CN.</source>
        <translation>界面与输出语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Usage: tigerscope [--data-dir DIR] [--lang en|zh_CN] [COMMAND [options]]
Tigerscope explores China&apos;s AI model companies after DeepSeek, every figure cited.
Without a command it opens the window.

Commands:
</source>
        <translation>用法：tigerscope [--data-dir DIR] [--lang en|zh_CN] [命令 [选项]]
虎视（Tigerscope）梳理后DeepSeek时代的中国AI大模型公司，每个数据点都注明出处。
不带命令时打开主窗口。

命令：
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>unknown language %1 (use en or zh_CN)</source>
        <translation>未知语言 %1（请使用 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>the argument %1 is not valid UTF-8; Tigerscope reads file names as UTF-8: rename the file</source>
        <translation>参数 %1 不是有效的 UTF-8；虎视按 UTF-8 读取文件名：请重命名该文件</translation>
    </message>
    <message>
        <source>Also print Qt&apos;s own messages.</source>
        <translation>同时输出 Qt 自身的消息。</translation>
    </message>
    <message>
        <source>--data-dir needs a folder; an empty name is not one</source>
        <translation>--data-dir 需要一个文件夹；空名称不是文件夹</translation>
    </message>
    <message>
        <source>%1 (see tigerscope --help)</source>
        <translation>%1（参见 tigerscope --help）</translation>
    </message>
    <message>
        <source>
Global options:
  --data-dir DIR     Folder of the user&apos;s database.
  --lang LANGUAGE    en or zh_CN.
  --verbose          Also print Qt&apos;s own messages.
  -h, --help         Show this help, or a command&apos;s help after its name.
  -v, --version      Show the version.
  --                 Ends the options: what follows are file names, even those starting with -.
</source>
        <translation>
全局选项：
  --data-dir DIR     用户数据库所在的文件夹。
  --lang LANGUAGE    en 或 zh_CN。
  --verbose          同时输出 Qt 自身的消息。
  -h, --help         显示本帮助；写在命令名之后则显示该命令的帮助。
  -v, --version      显示版本。
  --                 结束选项：其后的参数均为文件名，即使以 - 开头。
</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <source>%1 ran out of memory; nothing more was written</source>
        <translation>%1 内存不足；未再写入任何内容</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>ConflictReport</name>
    <message>
        <source>%1, %2: the sources disagree</source>
        <translation>%1，%2：各来源说法不一</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Another source gives a different value: %1</source>
        <translation>另一来源给出的数值不同：%1</translation>
    </message>
</context>
<context>
    <name>CsvObservationImporter</name>
    <message>
        <source>“%1” is not a finite number (write digits with a decimal point, e.g. 1500000000 or 1.5e9).</source>
        <translation>“%1”不是有效的数（请用阿拉伯数字和小数点书写，如 1500000000 或 1.5e9）。</translation>
    </message>
    <message>
        <source>Unknown article “%1” in the citation.</source>
        <translation>引用中的文章“%1”未知。</translation>
    </message>
    <message>
        <source>“%1” names more than one company; use the company&apos;s id.</source>
        <translation>“%1”对应不止一家公司，请使用公司 ID。</translation>
    </message>
    <message>
        <source>Unknown company “%1”.</source>
        <translation>未知公司“%1”。</translation>
    </message>
    <message>
        <source>Unknown metric “%1”.</source>
        <translation>未知指标“%1”。</translation>
    </message>
    <message>
        <source>The value is missing.</source>
        <translation>缺少数值。</translation>
    </message>
    <message>
        <source>Invalid date “%1” (write 2025, 2025-Q1, 2025-02 or 2025-02-09).</source>
        <translation>无效日期“%1”（请写作 2025、2025-Q1、2025-02 或 2025-02-09）。</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and at least one figure.</source>
        <translation>文件为空：需要一行表头和至少一个数据点。</translation>
    </message>
    <message>
        <source>Unknown column “%1”; the columns are: %2.</source>
        <translation>未知列“%1”；可用的列为：%2。</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>列“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The required column “%1” is missing.</source>
        <translation>缺少必需的列“%1”。</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>此行有 %1 个字段，而表头有 %2 个。</translation>
    </message>
    <message>
        <source>There are no figures below the header.</source>
        <translation>表头下方没有数据点。</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Correct the %n problem(s) in the file first: nothing was imported.</source>
        <translation>
            <numerusform>请先更正文件中的 %n 个问题：未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every figure needs a citation: “article-key|lang|¶paragraph|printed” or a reference or URL.</source>
        <translation>每个数据点都需要引用：写作“article-key|lang|¶paragraph|printed”，或填写参考文献、网址。</translation>
    </message>
    <message>
        <source>Paragraphs are counted from 1: “%1” names none.</source>
        <translation>段落从 1 开始计数：“%1”不对应任何段落。</translation>
    </message>
    <message>
        <source>Give the note either in “note” or in “note_zh” and “note_en”, not in both.</source>
        <translation>备注请写在“note”中，或写在“note_zh”和“note_en”中，不要两处都写。</translation>
    </message>
    <message>
        <source>Format “%1” is not one this version reads (up to %2): the file was written by a newer Tigerscope.</source>
        <translation>本版本无法读取格式“%1”（最高读取到 %2）：该文件由更新版本的虎视写入。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>A quote inside an unquoted field; put the field in quotes and double the quote.</source>
        <translation>未加引号的字段中出现了引号：请给该字段加上引号，并将其中的引号写两遍。</translation>
    </message>
    <message>
        <source>Text after a closing quote; a quoted field must end at the comma.</source>
        <translation>右引号之后还有文字：加引号的字段必须在逗号处结束。</translation>
    </message>
    <message>
        <source>A quote opened on this line is never closed.</source>
        <translation>此行的引号没有闭合。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>数据库 %1 已损坏（%2），且无法将其移到一旁。</translation>
    </message>
    <message>
        <source>Your database was damaged (%1). It was kept as %2 and a new one was started.</source>
        <translation>您的数据库已损坏（%1）。原文件已保留为 %2，并已新建数据库。</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>不是 SQLite 文件</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program; close it and try again.</source>
        <translation>数据库 %1 被其他程序锁定，请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>完整性检查未通过</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable.</source>
        <translation>数据文件夹 %1 不可写。</translation>
    </message>
    <message>
        <source>The database %1 is empty and read-only.</source>
        <translation>数据库 %1 为空且只读。</translation>
    </message>
    <message>
        <source>A new database was created at %1.</source>
        <translation>已在 %1 新建数据库。</translation>
    </message>
    <message>
        <source>Your database was written by a newer version of Tigerscope (schema %1; this version knows %2). It is open read-only: nothing will be changed.</source>
        <translation>您的数据库由更新版本的虎视写入（结构版本 %1；本版本最高支持 %2）。数据库已以只读方式打开，不会做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade but is read-only.</source>
        <translation>数据库 %1 需要升级，但它是只读的。</translation>
    </message>
    <message>
        <source>Cannot back up the database before upgrading it.</source>
        <translation>升级前无法备份数据库。</translation>
    </message>
    <message>
        <source>Your database was upgraded from schema %1 to %2; the old one was kept as %3.</source>
        <translation>您的数据库已从结构版本 %1 升级到 %2；旧数据库已保留为 %3。</translation>
    </message>
    <message>
        <source>Your database %1 is not writable: it is open read-only.</source>
        <translation>您的数据库 %1 不可写，已以只读方式打开。</translation>
    </message>
    <message>
        <source>Cannot open the shipped dataset: %1</source>
        <translation>无法打开内置数据集：%1</translation>
    </message>
    <message>
        <source>The shipped dataset does not match this version of Tigerscope.</source>
        <translation>内置数据集与此版本的虎视不匹配。</translation>
    </message>
    <message>
        <source>Cannot prepare the database views: %1</source>
        <translation>无法准备数据库视图：%1</translation>
    </message>
    <message>
        <source>The application&apos;s dataset is missing.</source>
        <translation>缺少应用的内置数据集。</translation>
    </message>
    <message>
        <source>Cannot unpack the application&apos;s dataset: no writable cache folder.</source>
        <translation>无法解压应用的内置数据集：没有可写的缓存文件夹。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>无法打开数据库 %1：%2。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and its folder is read-only.</source>
        <translation>数据库 %1 已损坏（%2），且其所在文件夹为只读。</translation>
    </message>
    <message>
        <source>%1 belongs to another program (application id %2).</source>
        <translation>%1 属于其他程序（应用程序 ID %2）。</translation>
    </message>
    <message>
        <source>%1 belongs to another program (tables %2).</source>
        <translation>%1 属于其他程序（数据表 %2）。</translation>
    </message>
    <message>
        <source>%1 has schema version %2, which no version of Tigerscope writes.</source>
        <translation>%1 的架构版本为 %2，任何版本的虎视都不会写入这一版本。</translation>
    </message>
    <message>
        <source>It was left as it is; move it away or choose another data folder with --data-dir.</source>
        <translation>该文件保持原样；请将其移走，或用 --data-dir 选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>无法创建数据库 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database; move it away or choose another data folder with --data-dir.</source>
        <translation>%1 是文件夹，不是数据库；请将其移走，或用 --data-dir 选择其他数据文件夹。</translation>
    </message>
</context>
<context>
    <name>DatasetCompiler</name>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>偏移 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>must hold a JSON array</source>
        <translation>必须是 JSON 数组</translation>
    </message>
    <message>
        <source>missing key</source>
        <translation>缺少 key</translation>
    </message>
    <message>
        <source>invalid publication date %1</source>
        <translation>无效的发表日期 %1</translation>
    </message>
    <message>
        <source>invalid languages</source>
        <translation>无效的语言</translation>
    </message>
    <message>
        <source>needs labels in both languages</source>
        <translation>需要中英文两种标签</translation>
    </message>
    <message>
        <source>needs names in both languages</source>
        <translation>需要中英文两种名称</translation>
    </message>
    <message>
        <source>alias %1: %2</source>
        <translation>别名 %1：%2</translation>
    </message>
    <message>
        <source>invalid date %1</source>
        <translation>无效日期 %1</translation>
    </message>
    <message>
        <source>needs a unique id between 1 and %1</source>
        <translation>需要 1 到 %1 之间的唯一 ID</translation>
    </message>
    <message>
        <source>is derived but does not say how</source>
        <translation>为推算值，但未说明推算方法</translation>
    </message>
    <message>
        <source>needs summaries in both languages</source>
        <translation>需要中英文两种摘要</translation>
    </message>
    <message>
        <source>citation needs the figure or phrase as printed</source>
        <translation>引用需要原文中的数字或措辞</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; CSV export writes one file per table into a folder.</source>
        <translation>%1 已存在且不是文件夹；CSV 导出会在一个文件夹中为每张表写入一个文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot move the export into %1.</source>
        <translation>无法将导出内容移入 %1。</translation>
    </message>
</context>
<context>
    <name>DateFormatter</name>
    <message>
        <source>date not given</source>
        <translation>未注明日期</translation>
    </message>
</context>
<context>
    <name>ExportChartCommand</name>
    <message>
        <source>--%1 must be a whole number of pixels from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数像素值，而不是“%4”</translation>
    </message>
    <message>
        <source>Write a chart (see list-charts) as PNG, SVG or PDF, without a window.</source>
        <translation>不打开窗口，将图表（见 list-charts）写为 PNG、SVG 或 PDF。</translation>
    </message>
    <message>
        <source>The chart&apos;s id (see list-charts).</source>
        <translation>图表 ID（见 list-charts）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The file to write; .png, .svg or .pdf.</source>
        <translation>要写入的文件：.png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Logical width in pixels (default 1200).</source>
        <translation>逻辑宽度，单位为像素（默认 1200）。</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>Logical height in pixels (default 750).</source>
        <translation>逻辑高度，单位为像素（默认 750）。</translation>
    </message>
    <message>
        <source>Pixels per logical pixel for PNG (default 2).</source>
        <translation>PNG 中每个逻辑像素对应的像素数（默认 2）。</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>light (default), dark or print.</source>
        <translation>light（默认）、dark 或 print。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>export-chart needs --chart ID and --out FILE</source>
        <translation>export-chart 需要 --chart ID 和 --out FILE</translation>
    </message>
    <message>
        <source>unknown chart %1 (see tigerscope list-charts)</source>
        <translation>未知图表 %1（见 tigerscope list-charts）</translation>
    </message>
    <message>
        <source>--scale must be a number above 0 and at most %1, not &quot;%2&quot;</source>
        <translation>--scale 必须是大于 0 且不超过 %1 的数，而不是“%2”</translation>
    </message>
    <message>
        <source>unknown theme %1 (use light, dark or print)</source>
        <translation>未知主题 %1（请使用 light、dark 或 print）</translation>
    </message>
    <message>
        <source>cannot tell the format of %1: name the file .png, .svg or .pdf</source>
        <translation>无法判断 %1 的格式：请将文件扩展名设为 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>this build of Tigerscope has no chart renderer</source>
        <translation>此版本的 Tigerscope 没有图表渲染器</translation>
    </message>
</context>
<context>
    <name>ExportDataCommand</name>
    <message>
        <source>Write the whole dataset (companies, people, metrics, observations with citations, events, articles) as JSON or CSV.</source>
        <translation>以 JSON 或 CSV 格式写出全部数据（公司、人物、指标、附带引用的数据点、事件、文章）。</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json（默认）或 csv。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Output file (json) or folder (csv); standard output when omitted.</source>
        <translation>输出文件（json）或文件夹（csv）；省略时写到标准输出。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>unknown format %1 (use json or csv)</source>
        <translation>未知格式 %1（请使用 json 或 csv）</translation>
    </message>
    <message>
        <source>cannot write the export</source>
        <translation>无法写出导出内容</translation>
    </message>
</context>
<context>
    <name>ImportArticleCommand</name>
    <message>
        <source>Import article files (Chinese, English or both) so that citations open on their paragraphs.</source>
        <translation>导入文章文件（中文、英文或双语），使引用能够定位到原文段落。</translation>
    </message>
    <message>
        <source>Exactly two files, one per language, imported as one article.</source>
        <translation>恰好两个文件，每种语言一个，作为同一篇文章导入。</translation>
    </message>
    <message>
        <source>import-article needs at least one file</source>
        <translation>import-article 至少需要一个文件</translation>
    </message>
    <message>
        <source>--pair needs exactly two files, one per language</source>
        <translation>--pair 需要恰好两个文件，每种语言一个</translation>
    </message>
    <message>
        <source>the database %1 is read-only: nothing was imported</source>
        <translation>数据库 %1 为只读：未导入任何内容</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>with --pair each file must hold one language; this one holds %1</source>
        <translation>使用 --pair 时每个文件只能包含一种语言，而此文件包含 %1</translation>
    </message>
    <message>
        <source>with --pair the two files must be in different languages; both are %1</source>
        <translation>使用 --pair 时两个文件必须是不同语言，但两者都是 %1</translation>
    </message>
    <message>
        <source>Article files: plain text, Markdown, saved web pages (.html, .htm, .xhtml) or PDF.</source>
        <translation>文章文件：纯文本、Markdown、保存的网页（.html、.htm、.xhtml）或 PDF。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Six little tigers</source>
        <translation>六小虎</translation>
    </message>
    <message>
        <source>Giants</source>
        <translation>大厂</translation>
    </message>
    <message>
        <source>Other players</source>
        <translation>其他参与者</translation>
    </message>
    <message>
        <source>Comparators</source>
        <translation>对照公司</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>内置数据</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>政府机构</translation>
    </message>
    <message>
        <source>University</source>
        <translation>高校</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>协会</translation>
    </message>
    <message>
        <source>Media or research firm</source>
        <translation>媒体或研究机构</translation>
    </message>
    <message>
        <source>Industry or profession</source>
        <translation>行业或职业群体</translation>
    </message>
</context>
<context>
    <name>LandscapeExport</name>
    <message>
        <source>The landscape: six little tigers and the giants</source>
        <translation>格局：六小虎与大厂</translation>
    </message>
    <message>
        <source>Every cell is cited; “not given”: the sources say nothing on it. Exported from Tigerscope.</source>
        <translation>每个单元格均注明出处；“未提及”表示来源对此没有说明。由虎视导出。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use .csv, .png or .pdf</source>
        <translation>未知格式“%1”：请使用 .csv、.png 或 .pdf</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>无法写入该文件。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the Landscape</source>
        <translation>导出格局表</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported the landscape to %1</source>
        <translation>格局表已导出到 %1</translation>
    </message>
</context>
<context>
    <name>LandscapeRepository</name>
    <message>
        <source>%1 daily active users</source>
        <translation>日活跃用户%1</translation>
    </message>
    <message>
        <source>%1 enterprise and developer users</source>
        <translation>企业和开发者用户%1</translation>
    </message>
    <message>
        <source>leans B-end (business)</source>
        <translation>偏向B端（企业）</translation>
    </message>
    <message>
        <source>leans C-end (consumer)</source>
        <translation>偏向C端（消费者）</translation>
    </message>
    <message>
        <source>between B-end and C-end</source>
        <translation>介于B端与C端之间</translation>
    </message>
    <message>
        <source>leans open source</source>
        <translation>偏向开源</translation>
    </message>
    <message>
        <source>leans closed source</source>
        <translation>偏向闭源</translation>
    </message>
    <message>
        <source>between open and closed source</source>
        <translation>介于开源与闭源之间</translation>
    </message>
    <message numerus="yes">
        <source>%n departure(s)</source>
        <translation>
            <numerusform>%n人离职</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListChartsCommand</name>
    <message>
        <source>List the charts that export-chart can write: one &quot;id&lt;TAB&gt;title&quot; line each.</source>
        <translation>列出 export-chart 可以写出的图表：每行一个，格式为“id&lt;TAB&gt;标题”。</translation>
    </message>
</context>
<context>
    <name>MetricChartBuilder</name>
    <message>
        <source>no figure</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Amounts in different currencies are shown separately, not converted.</source>
        <translation>不同货币的金额分开显示，未做换算。</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Another source</source>
        <translation>另一来源</translation>
    </message>
</context>
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
    <name>OutputFile</name>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>The file is not a PDF that can be read.</source>
        <translation>该文件不是可读取的 PDF。</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>该 PDF 受密码保护。</translation>
    </message>
    <message>
        <source>The PDF holds no text (it may be scanned images).</source>
        <translation>该 PDF 不含文字（可能是扫描图像）。</translation>
    </message>
    <message>
        <source>PDF support is not installed (the plugin tigerscope_pdf was not found).</source>
        <translation>未安装 PDF 支持（找不到插件 tigerscope_pdf）。</translation>
    </message>
</context>
<context>
    <name>ReaderDocumentBuilder</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>byline or date</source>
        <translation>署名或日期</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <source>page furniture</source>
        <translation>非正文内容</translation>
    </message>
    <message>
        <source>A figure the dataset cites</source>
        <translation>数据集引用的数据点</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese only</source>
        <translation>仅中文</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>仅英文</translation>
    </message>
    <message>
        <source>⚠ uncertain · %1%</source>
        <translation>⚠ 不确定 · %1%</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>2025, 2025-Q1, 2025-02 or 2025-02-09; empty if not given</source>
        <translation>2025、2025-Q1、2025-02 或 2025-02-09；未注明则留空</translation>
    </message>
    <message>
        <source>Write the date as 2025, 2025-Q1, 2025-02 or 2025-02-09.</source>
        <translation>日期请写作 2025、2025-Q1、2025-02 或 2025-02-09。</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>Give a source: an article paragraph, or a URL or reference.</source>
        <translation>请提供来源：文章段落，或网址、参考文献。</translation>
    </message>
    <message>
        <source>The article “%1” is not known.</source>
        <translation>未知文章“%1”。</translation>
    </message>
    <message>
        <source>An article citation needs a language (zh or en) and a paragraph number.</source>
        <translation>文章引用需要语言（zh 或 en）和段落编号。</translation>
    </message>
    <message>
        <source>A citation needs an article paragraph or a reference text.</source>
        <translation>引用需要文章段落或参考文献文本。</translation>
    </message>
    <message>
        <source>Unknown company “%1”.</source>
        <translation>未知公司“%1”。</translation>
    </message>
    <message>
        <source>Unknown metric “%1”.</source>
        <translation>未知指标“%1”。</translation>
    </message>
    <message>
        <source>The value must be a finite number.</source>
        <translation>数值必须是有效的数。</translation>
    </message>
    <message>
        <source>“%1” counts things: the value cannot be negative.</source>
        <translation>“%1”是计数指标，数值不能为负。</translation>
    </message>
    <message>
        <source>Unknown qualifier “%1” (one of: %2).</source>
        <translation>未知限定“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>A range needs an upper value, and only a range has one.</source>
        <translation>区间需要上限值，且只有区间才有上限值。</translation>
    </message>
    <message>
        <source>The upper value of a range must not be below the lower one.</source>
        <translation>区间的上限值不得小于下限值。</translation>
    </message>
    <message>
        <source>Unknown status “%1” (one of: %2).</source>
        <translation>未知状态“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>“%1” is an amount of money: give its currency (one of: %2).</source>
        <translation>“%1”是金额，请注明货币（可用：%2）。</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money: leave the currency empty.</source>
        <translation>“%1”不是金额，货币一栏请留空。</translation>
    </message>
    <message>
        <source>Unknown person “%1”.</source>
        <translation>未知人物“%1”。</translation>
    </message>
    <message>
        <source>Unknown kind of event “%1” (one of: %2).</source>
        <translation>未知事件类型“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>Describe the event in at least one language.</source>
        <translation>请至少用一种语言描述该事件。</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The schema script %1 is missing from the application.</source>
        <translation>应用中缺少数据库结构脚本 %1。</translation>
    </message>
    <message>
        <source>Database statement failed: %1</source>
        <translation>数据库语句执行失败：%1</translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>the database is locked by another program</source>
        <translation>数据库被其他程序锁定</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>数据库为只读</translation>
    </message>
    <message>
        <source>input/output error while reading or writing the disk</source>
        <translation>读写磁盘时发生输入/输出错误</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>无法打开数据库文件</translation>
    </message>
    <message>
        <source>the file is too large for this system</source>
        <translation>文件对本系统而言过大</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>该文件不是数据库</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>未知的数据库错误</translation>
    </message>
</context>
<context>
    <name>SuggestFiguresCommand</name>
    <message>
        <source>Propose cited figures (company, metric, value, date) for an imported article; prints JSON or TSV.</source>
        <translation>为已导入的文章提出附带引用的数据（公司、指标、数值、日期）；输出 JSON 或 TSV。</translation>
    </message>
    <message>
        <source>An imported article&apos;s id or the key of the article it is.</source>
        <translation>已导入文章的编号，或其对应文章的键。</translation>
    </message>
    <message>
        <source>json (default) or tsv.</source>
        <translation>json（默认）或 tsv。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Also list the figures the dataset already records.</source>
        <translation>同时列出数据集已记录的数据。</translation>
    </message>
    <message>
        <source>unknown format %1 (use json or tsv)</source>
        <translation>未知格式 %1（请使用 json 或 tsv）</translation>
    </message>
    <message>
        <source>suggest-figures needs an article: its id or key</source>
        <translation>suggest-figures 需要一篇文章：其编号或键</translation>
    </message>
    <message>
        <source>no imported article %1 (see the reader&apos;s library for ids)</source>
        <translation>没有已导入的文章 %1（编号见阅读器的文章库）</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Provenance</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported the table to %1</source>
        <translation>已将表格导出到 %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is not text: it contains binary data.</source>
        <translation>该文件不是文本：其中含有二进制数据。</translation>
    </message>
    <message>
        <source>The file is not UTF-8, and this build cannot read GB18030 text.</source>
        <translation>文件不是 UTF-8 编码，而此版本无法读取 GB18030 文本。</translation>
    </message>
    <message>
        <source>The file could not be read as text: most of it is not valid %1. Save it as UTF-8 and import it again.</source>
        <translation>无法将文件作为文本读取：其中大部分内容不是有效的 %1。请另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>The file declares %1 but is not: read as %2.</source>
        <translation>文件声明的编码是 %1，但实际不是：已按 %2 读取。</translation>
    </message>
    <message>
        <source>The file does not say how it is encoded: read as %1.</source>
        <translation>文件未声明编码：已按 %1 读取。</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1; %n character(s) could not be decoded and were replaced.</source>
        <translation>
            <numerusform>已按 %1 读取；有 %n 个字符无法解码，已被替换。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is too large to import (%1 bytes; the limit is %2 bytes, %3 MiB).</source>
        <translation>文件过大，无法导入（%1 字节；上限为 %2 字节，即 %3 MiB）。</translation>
    </message>
</context>
<context>
    <name>UncertaintyStyle</name>
    <message>
        <source>reported</source>
        <translation>报道值</translation>
    </message>
    <message>
        <source>approximate or estimated</source>
        <translation>约数或估计值</translation>
    </message>
    <message>
        <source>derived (calculated)</source>
        <translation>推算值（计算得出）</translation>
    </message>
    <message>
        <source>at least (≥)</source>
        <translation>至少（≥）</translation>
    </message>
    <message>
        <source>at most (≤)</source>
        <translation>最多（≤）</translation>
    </message>
    <message>
        <source>range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>UserDataStore</name>
    <message>
        <source>Your database is open read-only: nothing can be changed.</source>
        <translation>您的数据库以只读方式打开，无法做任何更改。</translation>
    </message>
    <message>
        <source>There is no figure %1.</source>
        <translation>不存在数据点 %1。</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>不存在事件 %1。</translation>
    </message>
    <message>
        <source>This figure belongs to the shipped dataset, which is read-only. Add your own figure instead.</source>
        <translation>此数据点属于只读的内置数据集。请改为添加您自己的数据点。</translation>
    </message>
    <message>
        <source>This event belongs to the shipped dataset, which is read-only. Add your own event instead.</source>
        <translation>此事件属于只读的内置数据集。请改为添加您自己的事件。</translation>
    </message>
    <message>
        <source>Cannot write to your database: %1</source>
        <translation>无法写入您的数据库：%1</translation>
    </message>
    <message>
        <source>The imported article is no longer there.</source>
        <translation>该导入的文章已不存在。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>约数</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>报道值</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算值</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Chinese yuan (CNY)</source>
        <translation>人民币（CNY）</translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation>美元（USD）</translation>
    </message>
    <message>
        <source>Hong Kong dollars (HKD)</source>
        <translation>港元（HKD）</translation>
    </message>
    <message>
        <source>euros (EUR)</source>
        <translation>欧元（EUR）</translation>
    </message>
    <message>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>加盟</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>战略</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>DeepSeek integration</source>
        <translation>接入DeepSeek</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tigerscope cannot open its data</source>
        <translation>虎视无法打开数据</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); the commands run without one: see tigerscope --help</source>
        <translation>没有可用于打开窗口的显示器（未设置 DISPLAY）；命令无需显示器即可运行：参见 tigerscope --help</translation>
    </message>
    <message>
        <source>the window cannot open: no display could be reached (DISPLAY is &quot;%1&quot;); the commands run without one: see tigerscope --help</source>
        <translation>无法打开窗口：连接不到显示（DISPLAY 为“%1”）；各命令无需显示即可运行：参见 tigerscope --help</translation>
    </message>
</context>
<context>
    <name>tigerscope::AlignedParagraphModel</name>
    <message>
        <source>Aligned, confidence %1%</source>
        <translation>已对齐，置信度 %1%</translation>
    </message>
    <message>
        <source>Present in one language only</source>
        <translation>仅有一种语言版本</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>%1/%2 ¶ aligned</source>
        <translation>%1/%2 ¶ 已对齐</translation>
    </message>
    <message>
        <source>Aligned, confirmed by hand</source>
        <translation>已对齐，经人工确认</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n uncertain</source>
        <translation>
            <numerusform>%1 · %n 处不确定</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::AlignmentCorrectionController</name>
    <message>
        <source>Alignment</source>
        <translation>对齐</translation>
    </message>
    <message>
        <source>Next Uncertain Bead</source>
        <translation>下一个不确定的对齐单元</translation>
    </message>
    <message>
        <source>Merge with Next Bead</source>
        <translation>与下一个对齐单元合并</translation>
    </message>
    <message>
        <source>Split Bead</source>
        <translation>拆分对齐单元</translation>
    </message>
    <message>
        <source>Move Chinese Paragraph to Bead Above</source>
        <translation>将中文段落移至上一个对齐单元</translation>
    </message>
    <message>
        <source>Move Chinese Paragraph to Bead Below</source>
        <translation>将中文段落移至下一个对齐单元</translation>
    </message>
    <message>
        <source>Move English Paragraph to Bead Above</source>
        <translation>将英文段落移至上一个对齐单元</translation>
    </message>
    <message>
        <source>Move English Paragraph to Bead Below</source>
        <translation>将英文段落移至下一个对齐单元</translation>
    </message>
    <message>
        <source>No Counterpart</source>
        <translation>无对应段落</translation>
    </message>
    <message>
        <source>Confirm Bead</source>
        <translation>确认对齐单元</translation>
    </message>
    <message>
        <source>Re-align the Rest</source>
        <translation>重新对齐其余部分</translation>
    </message>
</context>
<context>
    <name>tigerscope::AlignmentExportActions</name>
    <message>
        <source>Export Alignment</source>
        <translation>导出对齐</translation>
    </message>
    <message>
        <source>JSON (paragraph numbers and confidences)…</source>
        <translation>JSON（段落编号与置信度）…</translation>
    </message>
    <message>
        <source>TSV (Chinese, tab, English)…</source>
        <translation>TSV（中文、制表符、英文）…</translation>
    </message>
    <message>
        <source>TMX 1.4b (translation memory)…</source>
        <translation>TMX 1.4b（翻译记忆）…</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
</context>
<context>
    <name>tigerscope::ArticleLibraryModel</name>
    <message>
        <source>imported %1</source>
        <translation>导入于 %1</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入日期</translation>
    </message>
</context>
<context>
    <name>tigerscope::ArticleSourceBar</name>
    <message>
        <source>Not article text</source>
        <translation>非正文</translation>
    </message>
    <message>
        <source>Turn the selected paragraph into page furniture (chrome): kept, but not read as the article&apos;s text</source>
        <translation>将所选段落标为非正文内容：保留该段落，但不作为文章正文</translation>
    </message>
    <message>
        <source>Restore as text</source>
        <translation>恢复为正文</translation>
    </message>
    <message>
        <source>Turn the selected paragraph, marked as chrome in the reader, back into article text</source>
        <translation>将在阅读器中标为非正文内容的所选段落恢复为文章正文</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>发布于 %1</translation>
    </message>
    <message>
        <source>no publication date given</source>
        <translation>未注明发布日期</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>导入于 %1</translation>
    </message>
    <message>
        <source>Copy Reference</source>
        <translation>复制参考文献</translation>
    </message>
    <message>
        <source>Copy the article&apos;s reference, with its address and the day it was imported</source>
        <translation>复制这篇文章的参考文献，附网址和导入日期</translation>
    </message>
    <message>
        <source>APA</source>
        <translation>APA</translation>
    </message>
    <message>
        <source>GB/T 7714</source>
        <translation>GB/T 7714</translation>
    </message>
    <message>
        <source>Copied the article&apos;s reference (APA)</source>
        <translation>已复制文章的参考文献（APA）</translation>
    </message>
    <message>
        <source>Copied the article&apos;s reference (GB/T 7714)</source>
        <translation>已复制文章的参考文献（GB/T 7714）</translation>
    </message>
</context>
<context>
    <name>tigerscope::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Scale (PNG):</source>
        <translation>缩放倍数（PNG）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Print (greys and patterns)</source>
        <translation>打印（灰度与纹理）</translation>
    </message>
    <message>
        <source>Vector output at %1 × %2</source>
        <translation>矢量输出，%1 × %2</translation>
    </message>
    <message>
        <source>Image of %1 × %2 pixels</source>
        <translation>%1 × %2 像素的图像</translation>
    </message>
</context>
<context>
    <name>tigerscope::ChartScene</name>
    <message>
        <source>n.a.</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>No data to show</source>
        <translation>没有可显示的数据</translation>
    </message>
</context>
<context>
    <name>tigerscope::ChartsPage</name>
    <message>
        <source>&amp;Companies shown:</source>
        <translation>显示的公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Logarithmic scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>将图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Copy the chart as an image, with its caption and sources as text</source>
        <translation>将图表复制为图像，并以文本附上说明和来源</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Copied the chart “%1” as an image and as text</source>
        <translation>已将图表“%1”复制为图片和文本</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>已将图表导出到 %1</translation>
    </message>
</context>
<context>
    <name>tigerscope::CitationChooserDialog</name>
    <message>
        <source>A paragraph of an &amp;article</source>
        <translation>文章中的段落(&amp;A)</translation>
    </message>
    <message>
        <source>A &amp;URL or other reference</source>
        <translation>网址或其他参考文献(&amp;U)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The figure as printed, e.g. 15亿 or 1.5 billion</source>
        <translation>原文中的写法，如 15亿 或 1.5 billion</translation>
    </message>
    <message>
        <source>https://… or a book, report or interview</source>
        <translation>https://… 或书籍、报告、访谈</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>文章：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Paragraph:</source>
        <translation>段落：</translation>
    </message>
    <message>
        <source>As printed:</source>
        <translation>原文写法：</translation>
    </message>
    <message>
        <source>Use &amp;Selected Text</source>
        <translation>使用选中文本(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (not imported)</source>
        <translation>%1（未导入）</translation>
    </message>
    <message>
        <source>This article is not imported: its text cannot be shown. Import it (File ▸ Import Article) to pick the paragraph from its text.</source>
        <translation>这篇文章尚未导入，无法显示正文。请先导入（文件 ▸ 导入文章），再从正文中选择段落。</translation>
    </message>
    <message>
        <source>The imported article has no text in this language.</source>
        <translation>已导入的文章没有这种语言的正文。</translation>
    </message>
    <message>
        <source>Paragraph %1 of %2. Select the figure in the text and press “Use Selected Text”.</source>
        <translation>第 %1 段，共 %2 段。请在正文中选中该数字，然后点击“使用选中文本”。</translation>
    </message>
    <message>
        <source>Choose an article.</source>
        <translation>请选择一篇文章。</translation>
    </message>
    <message>
        <source>Write the URL or the reference.</source>
        <translation>请填写网址或参考文献。</translation>
    </message>
</context>
<context>
    <name>tigerscope::CitationListEditor</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;Source…</source>
        <translation>添加来源(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>tigerscope::CitationReferencePanel</name>
    <message>
        <source>This article is not in your library</source>
        <translation>这篇文章不在您的文库中</translation>
    </message>
    <message>
        <source>The dataset cites it, but its text is not imported. Import your copy of the article to read the cited passage in both languages.</source>
        <translation>数据集引用了这篇文章，但其正文尚未导入。导入您手头的文章副本，即可中英对照阅读所引段落。</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Cited: “%1”, %2 version, paragraph %3</source>
        <translation>引用：“%1”，%2版第 %3 段</translation>
    </message>
    <message>
        <source>APA:</source>
        <translation>APA：</translation>
    </message>
    <message>
        <source>GB/T 7714:</source>
        <translation>GB/T 7714：</translation>
    </message>
    <message>
        <source>Unknown article</source>
        <translation>未知文章</translation>
    </message>
    <message>
        <source>Import Article…</source>
        <translation>导入文章…</translation>
    </message>
</context>
<context>
    <name>tigerscope::CompaniesPage</name>
    <message>
        <source>Filter by any name or alias, 中文 or English…</source>
        <translation>按任意名称或别名筛选，中英文均可…</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部分组</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>对比(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare companies side by side (Ctrl+Shift+M)</source>
        <translation>并列对比多家公司（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n个机构</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::CompanyPage</name>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>任职期间</translation>
    </message>
    <message>
        <source>The charts this company appears in: one per metric it has a figure for</source>
        <translation>包含此公司的图表：每个有数据的指标一张</translation>
    </message>
    <message>
        <source>Click a bar to open its source</source>
        <translation>点击柱形可打开其来源</translation>
    </message>
    <message>
        <source>&amp;Figures (%1)</source>
        <translation>数据点（%1）(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;vents (%1)</source>
        <translation>事件（%1）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;People (%1)</source>
        <translation>人物（%1）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Mentions (%1)</source>
        <translation>提及（%1）(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;harts (%1)</source>
        <translation>图表（%1）(&amp;H)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a company on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在左侧选择一家公司。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>隶属于%1</translation>
    </message>
    <message>
        <source>Compare with others…</source>
        <translation>与其他公司对比…</translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>别名：</translation>
    </message>
    <message>
        <source>current</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离任</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>即将离任</translation>
    </message>
    <message>
        <source>Enter or double-click: open the source</source>
        <translation>按 Enter 或双击：打开来源</translation>
    </message>
    <message>
        <source>Open this passage in the reader</source>
        <translation>在阅读器中打开此段落</translation>
    </message>
    <message>
        <source>No imported article names this company. Import articles with File ▸ Import Article to find its mentions.</source>
        <translation>已导入的文章中没有提到这家公司。通过“文件 ▸ 导入文章”导入文章后，即可查找提及之处。</translation>
    </message>
</context>
<context>
    <name>tigerscope::CompanyTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>tigerscope::CompareDialog</name>
    <message>
        <source>Compare Companies</source>
        <translation>对比公司</translation>
    </message>
    <message>
        <source>Tick two or more companies to compare</source>
        <translation>勾选两家或以上公司进行对比</translation>
    </message>
    <message>
        <source>Tick two or more companies to compare them</source>
        <translation>请勾选两家或以上公司进行对比</translation>
    </message>
</context>
<context>
    <name>tigerscope::CompareTableModel</name>
    <message>
        <source>— no figure</source>
        <translation>— 无数据</translation>
    </message>
    <message>
        <source>The data holds no figure of this metric for this company.</source>
        <translation>数据中没有这家公司此项指标的数据点。</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>tigerscope::CsvImportDialog</name>
    <message>
        <source>Import Figures from CSV</source>
        <translation>从 CSV 导入数据点</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Columns: %1. One figure per line; company by id, name or alias in either script; citation as “article-key|lang|paragraph|printed” or a URL or reference. See docs/csv-import.md.</source>
        <translation>列：%1。每行一个数据点；公司可用 ID、中英文名称或别名；引用写作“article-key|lang|paragraph|printed”，或网址、参考文献。详见 docs/csv-import.md。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Choose a CSV file to see what it would import. Nothing is written until you press Import.</source>
        <translation>选择一个 CSV 文件，即可预览将导入的内容。点击“导入”之前不会写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) ready to import. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n 个数据点可以导入。尚未写入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: correct the file and choose it again. Nothing will be imported while a line is wrong.</source>
        <translation>
            <numerusform>发现 %n 个问题：请更正文件后重新选择。只要有一行有误，就不会导入任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::DashboardPage</name>
    <message>
        <source>Latest key figures</source>
        <translation>最新关键数据</translation>
    </message>
    <message>
        <source>Latest events</source>
        <translation>最新事件</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件内容</translation>
    </message>
    <message>
        <source>Enter or double-click: open the source</source>
        <translation>按 Enter 或双击：打开来源</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the table as CSV, PNG or PDF</source>
        <translation>将表格导出为 CSV、PNG 或 PDF</translation>
    </message>
    <message>
        <source>At a glance — click a chart to open it</source>
        <translation>一览——点击图表即可打开</translation>
    </message>
    <message>
        <source>%1 — click to open this chart</source>
        <translation>%1——点击打开此图表</translation>
    </message>
</context>
<context>
    <name>tigerscope::EntityPanel</name>
    <message>
        <source>Mentioned</source>
        <translation>提及对象</translation>
    </message>
    <message>
        <source>中</source>
        <translation>中</translation>
    </message>
    <message>
        <source>EN</source>
        <translation>英</translation>
    </message>
    <message>
        <source>Mentions in the Chinese text</source>
        <translation>在中文正文中被提及的次数</translation>
    </message>
    <message>
        <source>Mentions in the English text</source>
        <translation>在英文正文中被提及的次数</translation>
    </message>
    <message>
        <source>Companies and people the article names, with how often in each language. Activate a company to open its page.</source>
        <translation>文章提到的公司和人物，以及在各语言版本中出现的次数。激活某家公司即可打开其页面。</translation>
    </message>
    <message>
        <source>Company — activate to open its page</source>
        <translation>公司 — 激活可打开其页面</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
</context>
<context>
    <name>tigerscope::EventCard</name>
    <message>
        <source>not named</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Suggested event: %1
Company: %2
Person: %3
Date: %4
Paragraph %5</source>
        <translation>建议的事件：%1
公司：%2
人物：%3
日期：%4
第 %5 段</translation>
    </message>
    <message>
        <source>Add as event</source>
        <translation>添加为事件</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>tigerscope::EventDialog</name>
    <message>
        <source>(nobody in particular)</source>
        <translation>（不涉及具体人物）</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人物(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>What happened (Chinese):</source>
        <translation>事件内容（中文）：</translation>
    </message>
    <message>
        <source>What happened (English):</source>
        <translation>事件内容（英文）：</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>tigerscope::EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件内容</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>归属</translation>
    </message>
</context>
<context>
    <name>tigerscope::ExploreMenus</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Add &amp;Figure…</source>
        <translation>添加数据点(&amp;F)…</translation>
    </message>
    <message>
        <source>Add &amp;Event…</source>
        <translation>添加事件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Figures from CSV…</source>
        <translation>从 CSV 导入数据点(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Compare Companies…</source>
        <translation>对比公司(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>tigerscope::FigureCard</name>
    <message>
        <source>Company: %1
Metric: %2
Value: %3
As of: %4</source>
        <translation>公司：%1
指标：%2
数值：%3
截至：%4</translation>
    </message>
    <message>
        <source>Recorded in the dataset.</source>
        <translation>数据集中已有记录。</translation>
    </message>
    <message>
        <source>Suggested (confidence %1).</source>
        <translation>建议（置信度 %1）。</translation>
    </message>
    <message>
        <source>Add as figure</source>
        <translation>添加为数据</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>打开公司</translation>
    </message>
</context>
<context>
    <name>tigerscope::ImportBanner</name>
    <message numerus="yes">
        <source>&lt;b&gt;The source articles are not imported yet (%n missing).&lt;/b&gt; Every figure here is cited to a paragraph; import your copy of the articles and a click on a figure opens that passage in the reader, in Chinese and English side by side.</source>
        <translation>
            <numerusform>&lt;b&gt;来源文章尚未导入（缺少%n篇）。&lt;/b&gt;这里的每个数据都注明了出自哪个段落；导入您持有的文章后，点击数据即可在阅读器中打开对应段落，中英文并排显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Articles…</source>
        <translation>导入文章…</translation>
    </message>
</context>
<context>
    <name>tigerscope::ImportController</name>
    <message>
        <source>Import Articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>正在导入文章…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 个文件未能导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf);;Web pages (*.html *.htm *.xhtml);;PDF documents (*.pdf);;Text and Markdown (*.txt *.md *.markdown);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf);;网页 (*.html *.htm *.xhtml);;PDF 文档 (*.pdf);;文本和 Markdown (*.txt *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Storing %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>已导入 %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::LandscapeTableModel</name>
    <message>
        <source>%1 (%2): click to open its page</source>
        <translation>%1（%2）：点击打开其页面</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提及</translation>
    </message>
    <message>
        <source>%1 (your figure)</source>
        <translation>%1（我的数据）</translation>
    </message>
    <message>
        <source>The sources say nothing on this.</source>
        <translation>来源对此没有说明。</translation>
    </message>
    <message>
        <source>Derived (calculated) from the cited figures.</source>
        <translation>由所引用的数据推算得出。</translation>
    </message>
    <message>
        <source>Your own figure.</source>
        <translation>您自己添加的数据。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <source>Click to read the source.</source>
        <translation>点击阅读出处。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Latest financing</source>
        <translation>最近一轮融资</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>估值</translation>
    </message>
    <message>
        <source>Users / DAU</source>
        <translation>用户数 / 日活</translation>
    </message>
    <message>
        <source>B-end / C-end</source>
        <translation>B端 / C端</translation>
    </message>
    <message>
        <source>Open / closed</source>
        <translation>开源 / 闭源</translation>
    </message>
    <message>
        <source>Strategic move</source>
        <translation>战略动向</translation>
    </message>
    <message>
        <source>Executive departures (last year)</source>
        <translation>高管离职（近一年）</translation>
    </message>
    <message>
        <source>DeepSeek adoption</source>
        <translation>接入DeepSeek</translation>
    </message>
</context>
<context>
    <name>tigerscope::LibraryPanel</name>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import article files (Ctrl+I)</source>
        <translation>导入文章文件（Ctrl+I）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected article from your library</source>
        <translation>从文库中移除所选文章</translation>
    </message>
</context>
<context>
    <name>tigerscope::MainWindow</name>
    <message>
        <source>About Tigerscope</source>
        <translation>关于虎视</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Tigerscope — China&apos;s AI model companies after DeepSeek</source>
        <translation>虎视 — 后DeepSeek时代的中国AI大模型公司</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>导入文章(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tigerscope</source>
        <translation>关于虎视(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n 家公司</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figures</source>
        <translation>
            <numerusform>%n 个数据点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles imported</source>
        <translation>
            <numerusform>已导入 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tigerscope %1&lt;/h3&gt;&lt;p&gt;Explores the landscape of China&apos;s AI model companies after DeepSeek — the six little tigers against the giants — with every figure traceable to the paragraph of the article it comes from.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later; the source code is at &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;. Built with Qt %2 (LGPL/GPL), SQLite (public domain) and ICU (Unicode licence).&lt;/p&gt;&lt;p&gt;The shipped figures are facts cited from: “Post DeepSeek Era: Six Little Tigers Turn Left, BAT Turn Right” (New Entropy, 26 March 2025) and “DeepSeek per capita, top-down progressive time”. The articles&apos; text is not included: import your copy to read the cited passages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;虎视 Tigerscope %1&lt;/h3&gt;&lt;p&gt;梳理DeepSeek之后中国AI大模型公司的格局——六小虎与大厂的较量，每个数据点都可追溯到其出处文章的具体段落。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本授权；源代码见 &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;。使用 Qt %2（LGPL/GPL）、SQLite（公有领域）和 ICU（Unicode 许可证）构建。&lt;/p&gt;&lt;p&gt;内置数据点均为引自以下文章的事实：“Post DeepSeek Era: Six Little Tigers Turn Left, BAT Turn Right”（新熵，2025年3月26日）与“DeepSeek per capita, top-down progressive time”。本应用不包含文章正文：导入您自己的副本即可阅读所引段落。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n个机构</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::NavigationController</name>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 后退</translation>
    </message>
    <message>
        <source>Back to where you were (Alt+←)</source>
        <translation>回到之前的位置（Alt+←）</translation>
    </message>
    <message>
        <source>Forward →</source>
        <translation>前进 →</translation>
    </message>
    <message>
        <source>Forward again (Alt+→)</source>
        <translation>再次前进（Alt+→）</translation>
    </message>
</context>
<context>
    <name>tigerscope::ObservationDialog</name>
    <message>
        <source>how the value follows from cited ones</source>
        <translation>说明该数值如何由所引数值推算得出</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>限定(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Upper value:</source>
        <translation>上限值(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Derivation:</source>
        <translation>推算方法(&amp;D)：</translation>
    </message>
    <message>
        <source>Note (Chinese):</source>
        <translation>备注（中文）：</translation>
    </message>
    <message>
        <source>Note (English):</source>
        <translation>备注（英文）：</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>A range needs its upper value as a number.</source>
        <translation>区间需要以数字填写上限值。</translation>
    </message>
    <message>
        <source>1500000000, 15亿 or 1.5 billion</source>
        <translation>1500000000、15亿 或 1.5 billion</translation>
    </message>
    <message>
        <source>The source prints %1, which is not the value entered.</source>
        <translation>来源中印作 %1，与所填数值不符。</translation>
    </message>
    <message>
        <source>Write the value as a number, e.g. 1500000000, 15亿 or 1.5 billion.</source>
        <translation>请填写数值，如 1500000000、15亿 或 1.5 billion。</translation>
    </message>
</context>
<context>
    <name>tigerscope::ObservationTableModel</name>
    <message>
        <source>Derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>归属</translation>
    </message>
</context>
<context>
    <name>tigerscope::ParagraphView</name>
    <message>
        <source>Copy Paragraph with Citation</source>
        <translation>复制段落及引用</translation>
    </message>
</context>
<context>
    <name>tigerscope::ReaderCopy</name>
    <message>
        <source>Copied %1 ¶%2 with its citation</source>
        <translation>已复制%1 ¶%2 及其引用</translation>
    </message>
</context>
<context>
    <name>tigerscope::ReaderPage</name>
    <message>
        <source>Side by Side</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>中文 | English in aligned rows (Alt+1)</source>
        <translation>中英文逐行对齐（Alt+1）</translation>
    </message>
    <message>
        <source>Interleaved</source>
        <translation>交错</translation>
    </message>
    <message>
        <source>Each paragraph followed by its translation (Alt+2)</source>
        <translation>每段之后紧跟其译文（Alt+2）</translation>
    </message>
    <message>
        <source>One Language</source>
        <translation>单语</translation>
    </message>
    <message>
        <source>Only the language chosen beside (Alt+3)</source>
        <translation>只显示旁边所选的语言（Alt+3）</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>The language shown in One Language mode</source>
        <translation>单语模式下显示的语言</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation>缩小文字（Ctrl+−）</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>放大文字（Ctrl++）</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Default text size (Ctrl+0)</source>
        <translation>默认文字大小（Ctrl+0）</translation>
    </message>
    <message>
        <source>Copy ¶</source>
        <translation>复制 ¶</translation>
    </message>
    <message>
        <source>Copy the selected paragraph with its citation (Ctrl+Shift+C)</source>
        <translation>复制所选段落及其引用（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Save the article as shown as a PDF file (Ctrl+Shift+E)</source>
        <translation>将当前显示的文章保存为 PDF 文件（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>No article imported yet.
Use File ▸ Import Article… (Ctrl+I) to add one.</source>
        <translation>尚未导入任何文章。
请通过“文件 ▸ 导入文章…”（Ctrl+I）添加。</translation>
    </message>
    <message>
        <source>Choose an article in the library.</source>
        <translation>请在文库中选择一篇文章。</translation>
    </message>
    <message>
        <source>%1 of %2 Chinese and %3 of %4 English paragraphs have a counterpart; the others exist in one language only.</source>
        <translation>%2 个中文段落中有 %1 个、%4 个英文段落中有 %3 个有对应段落；其余段落只有一种语言版本。</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>移除文章</translation>
    </message>
    <message>
        <source>Remove “%1” from your library? Citations of it will show its reference until you import it again.</source>
        <translation>要从文库中移除“%1”吗？重新导入之前，对它的引用将只显示参考文献信息。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅读器</translation>
    </message>
    <message>
        <source>Click a paragraph first, then choose what it is.</source>
        <translation>请先点击一个段落，再选择它属于哪一类。</translation>
    </message>
    <message>
        <source>Correct the alignment of the selected paragraph&apos;s bead (F8: next uncertain bead), or export it</source>
        <translation>更正所选段落所在对齐单元的对齐（F8：下一个不确定的对齐单元），或导出对齐</translation>
    </message>
    <message>
        <source>Citation opened in %1 mode, switched to the %2 text it cites</source>
        <translation>已在“%1”模式下打开引用，并切换到所引用的%2文本</translation>
    </message>
    <message>
        <source>Citation opened, the reader stays in %1 mode</source>
        <translation>已打开引用，阅读器保持“%1”模式</translation>
    </message>
    <message>
        <source>Hide Page Furniture</source>
        <translation>隐藏非正文内容</translation>
    </message>
    <message>
        <source>Hide what is not article text: comment and view counters and the lines marked as page furniture</source>
        <translation>隐藏非正文内容：评论数、阅读数，以及标为非正文内容的行</translation>
    </message>
</context>
<context>
    <name>tigerscope::ReaderSearchController</name>
    <message>
        <source>Showing the %1 text: the hit is there</source>
        <translation>正在显示%1文本：匹配项在其中</translation>
    </message>
</context>
<context>
    <name>tigerscope::ReaderSearchPanel</name>
    <message>
        <source>%1 ¶%2</source>
        <translation>%1 ¶%2</translation>
    </message>
    <message>
        <source>No paragraph contains “%1”.</source>
        <translation>没有段落包含“%1”。</translation>
    </message>
    <message>
        <source>Search 中文 or English… (Enter)</source>
        <translation>搜索中文或英文…（Enter）</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
</context>
<context>
    <name>tigerscope::RecordTablePanel</name>
    <message>
        <source>&amp;Add Figure…</source>
        <translation>添加数据点(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Event…</source>
        <translation>添加事件(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit your own figure or event (F2)</source>
        <translation>编辑您自己添加的数据点或事件（F2）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete your own figure or event (Del); Edit ▸ Undo brings it back</source>
        <translation>删除您自己添加的数据点或事件（Del）；可通过“编辑 ▸ 撤销”恢复</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Enter or double-click: open the source</source>
        <translation>按 Enter 或双击：打开来源</translation>
    </message>
</context>
<context>
    <name>tigerscope::SearchBox</name>
    <message>
        <source>Search companies and people: 月之暗面, Moonshot, Kimi…</source>
        <translation>搜索公司和人物：月之暗面、Moonshot、Kimi…</translation>
    </message>
    <message>
        <source>Find a company or a person by any name or alias, in Chinese or English (Ctrl+F)</source>
        <translation>按任意中英文名称或别名查找公司或人物（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>tigerscope::SearchModel</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
</context>
<context>
    <name>tigerscope::SuggestedFiguresPanel</name>
    <message>
        <source>Suggested figures (%1)</source>
        <translation>建议的数据（%1）</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Save the suggested figure as it is, with its citation</source>
        <translation>按建议原样保存该数据及其引用</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Open the figure dialog filled in with the suggestion</source>
        <translation>打开已按建议填好的数据对话框</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>Hide this suggestion for this article</source>
        <translation>在本文中隐藏此建议</translation>
    </message>
</context>
<context>
    <name>tigerscope::SuggestionListModel</name>
    <message>
        <source>unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>“%1”, %2 ¶%3</source>
        <translation>“%1”，%2 第%3段</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
</context>
<context>
    <name>tigerscope::SuggestionMarker</name>
    <message>
        <source>A figure the dataset records: click for what it is</source>
        <translation>数据集已记录的数据：点击查看详情</translation>
    </message>
    <message>
        <source>A figure the dataset does not record yet: click to add it</source>
        <translation>数据集尚未记录的数据：点击添加</translation>
    </message>
    <message>
        <source>An event the article states: click to add it</source>
        <translation>文章所述的事件：点击添加</translation>
    </message>
</context>
<context>
    <name>tigerscope::TimelinePage</name>
    <message>
        <source>&amp;Fit All</source>
        <translation>全部显示(&amp;F)</translation>
    </message>
    <message>
        <source>Show every event (Home)</source>
        <translation>显示全部事件（Home）</translation>
    </message>
    <message>
        <source>Add &amp;Event…</source>
        <translation>添加事件(&amp;E)…</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag or Shift+←/→ to pan, ←/→ to step through events, Enter to open the source. Dots are events known to the day; bars cover the month, quarter or year given.</source>
        <translation>滚轮或 +/− 缩放，拖动或 Shift+←/→ 平移，←/→ 逐个切换事件，Enter 打开来源。圆点表示日期精确到日的事件；横条覆盖所注明的月份、季度或年份。</translation>
    </message>
    <message>
        <source>Click an event to see what happened and its sources.</source>
        <translation>点击事件可查看事件内容及其来源。</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>全部公司</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n without a date (in a lane of their own)</source>
        <translation>
            <numerusform>%n个未注明日期（单列一道）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::TimelineView</name>
    <message>
        <source>No events match the filters.</source>
        <translation>没有符合筛选条件的事件。</translation>
    </message>
    <message>
        <source>Date not given</source>
        <translation>未注明日期</translation>
    </message>
</context>
<context>
    <name>tigerscope::UserDataController</name>
    <message>
        <source>Your data</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <source>The change could not be made: %1</source>
        <translation>无法完成更改：%1</translation>
    </message>
    <message>
        <source>Your database is open read-only: nothing can be changed.</source>
        <translation>您的数据库以只读方式打开，无法做任何更改。</translation>
    </message>
    <message>
        <source>Shipped figure</source>
        <translation>内置数据点</translation>
    </message>
    <message>
        <source>Shipped event</source>
        <translation>内置事件</translation>
    </message>
    <message>
        <source>This figure comes from the shipped dataset, which is read-only. You can add your own figure beside it.</source>
        <translation>此数据点来自只读的内置数据集。您可以另外添加自己的数据点。</translation>
    </message>
    <message>
        <source>This event comes from the shipped dataset, which is read-only. You can add your own event beside it.</source>
        <translation>此事件来自只读的内置数据集。您可以另外添加自己的事件。</translation>
    </message>
    <message>
        <source>Add Figure</source>
        <translation>添加数据点</translation>
    </message>
    <message>
        <source>Edit Figure</source>
        <translation>编辑数据点</translation>
    </message>
    <message>
        <source>Delete Figure</source>
        <translation>删除数据点</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>删除事件</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Figure(s)</source>
        <translation>
            <numerusform>导入 %n 个数据点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::UserGuideDialog</name>
    <message>
        <source>Tigerscope User Guide</source>
        <translation>虎视使用指南</translation>
    </message>
</context>
</TS>
