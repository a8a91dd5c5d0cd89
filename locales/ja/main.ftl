## The frame around every page

# The arrow between the parts of a menu path (“Settings → General”). A right-to-left language
# points it the other way (←).
-then = →

language-name = 日本語
guide-skip-to-content = 手順へスキップ
guide-logo-alt = { $company }
guide-language = 言語
guide-help-heading = お困りですか？
guide-help-portal = ヘルプデスク ポータル
guide-support-code = ヘルプデスクに電話するときは、このコードを伝えてください:
guide-privacy = このガイドは Cookie を使わず、あなたが誰かも記録しません。

## Devices

device-iphone = iPhone
device-ipad = iPad
device-samsung = Samsung Galaxy
device-android = Android スマートフォン
device-windows = Windows PC
device-mac = Mac
device-chromeos = Chromebook
device-linux = Linux コンピューター
device-bot = 自動化されたクライアント
device-unknown = 不明なデバイス

## Requirements of a walkthrough

requirement-min-os = { $system } { $version } 以降
requirement-authenticator = 職場アカウントでサインインした Microsoft Authenticator アプリ
requirement-bluetooth = 両方のデバイスで Bluetooth がオン
requirement-screen-lock = 画面ロック (PIN、指紋、または顔)
requirement-screen-lock-mac = Touch ID、または Mac のログインパスワード
requirement-screen-lock-windows = Windows Hello: 顔、指紋、または PIN
requirement-screen-lock-apple = パスコードと、Face ID または Touch ID
requirement-security-key = セキュリティキー
requirement-phone = 手元にあるスマートフォン

## Landing page

guide-title = パスワードなしで { $company } にサインイン
guide-lead = パスキーを使うと、パスワードの代わりに顔、指紋、PIN でサインインできます。設定は 5 分ほどで終わります。
guide-detected = お使いのデバイス: { $device }
guide-detected-with-version = お使いのデバイス: { $device } ({ $system } { $version })
guide-detected-unknown = お使いのデバイスを判別できませんでした。
guide-not-your-device = お使いのデバイスと違いますか？
guide-recommended = おすすめ
guide-you-need = 必要なもの
guide-step-count = { $count ->
   *[other] { $count } ステップ
}
guide-start = 始める
guide-start-after-update = まずアップデートしてから、このリンクをもう一度開いてください。ガイドはここから始まります。
guide-refused-title = 「{ $flow }」はあなたの組織では利用できません
guide-refused-synced = { $company } では 1 台のデバイスに保存されるパスキーのみ許可されているため、同期されるパスワード マネージャーに保存したパスキーは使えません。代わりに下のガイドに従ってください。
guide-refused-attestation = { $company } ではメーカーとモデルを確認できるパスキーのみ受け付けており、この保存方法ではそれを証明できません。代わりに下のガイドに従ってください。
guide-refused-authenticator-only = { $company } では Microsoft Authenticator のパスキーのみ受け付けています。代わりに下のガイドに従ってください。
guide-refused-windows-hello-off = { $company } では Windows Hello のパスキーがまだ有効になっていません。代わりに下のガイドに従ってください。
guide-refused-device-bound = { $company } では同期されたパスキーのみ受け付けていますが、この保存方法では同期されるパスキーは作成されません。代わりに下のガイドに従ってください。
guide-refused-key-restrictions = { $company } では承認済みのアプリとセキュリティキーのパスキーのみ受け付けており、この方法は対象外です。代わりに下のガイドに従ってください。
guide-browser-title = Chrome または Edge を使用してください
guide-browser-linux-firefox = Linux の Firefox ではスマートフォンのパスキーを使用できません。このページを Chrome または Microsoft Edge で開き、そこで [セキュリティ情報] にサインインしてください。
guide-pick-device = デバイスを選ぶと、そのデバイス用の手順を表示します。
guide-no-way-here = { $company } のパスキー設定では、このデバイスにパスキーを保存できません。スマートフォンなど、お使いの別のデバイスを選ぶか、下のヘルプデスクにお問い合わせください。
guide-choose-device = デバイスを選択
guide-qr-title = またはスマートフォンで続ける
guide-qr-body = スマートフォンのカメラをこのコードに向けると、このガイドがスマートフォンで開きます。
guide-qr-alt = このガイドをスマートフォンで開く QR コード
guide-phone-flow-title = スマートフォンで行ってください
guide-phone-flow-body = この手順はスマートフォンで行います。スマートフォンのカメラでこのコードを読み取るか、下のリンクをスマートフォンのブラウザーに入力してください。同じガイドが開きます。
guide-other-ways = パスキーを設定するその他の方法

## Opened inside another app

inapp-title = まずこのページをブラウザーで開いてください
inapp-why = このリンクは別のアプリの中で開かれています。そこではパスキーを作成できません。
inapp-outlook-ios = Outlook で右上の「•••」{ -then }「Safari で開く」をタップします。
inapp-outlook-android = Outlook で右上の「⋮」{ -then }「ブラウザーで開く」をタップします。
inapp-teams-ios = Teams で上部の「•••」{ -then }「Safari で開く」をタップします。
inapp-teams-android = Teams で上部の「⋮」{ -then }「ブラウザーで開く」をタップします。
inapp-generic-ios = 共有ボタンまたは「•••」{ -then }「Safariで開く」をタップします。見つからない場合は、下のアドレスをコピーして Safari に貼り付けてください。
inapp-generic-android = 「⋮」{ -then }「Chrome で開く」(または「ブラウザで開く」) をタップします。見つからない場合は、下のアドレスをコピーして Chrome に貼り付けてください。
inapp-copy-label = このページのアドレス

## System too old

update-title = まずデバイスをアップデートしてください
update-body = 職場用のパスキーには { $system } { $required } 以降が必要ですが、このデバイスは { $detected } です。
update-how-ios = 「設定」{ -then }「一般」{ -then }「ソフトウェアアップデート」を開いてアップデートをインストールし、このリンクをもう一度開いてください。
update-how-android = 「設定」{ -then }「ソフトウェア更新」(または「システム」{ -then }「システム アップデート」) を開いてアップデートをインストールし、このリンクをもう一度開いてください。

## Step pages

step-progress = ステップ { $number }/{ $total }
step-open-security-info = セキュリティ情報を開く
step-handoff-note = このガイドの代わりに、Microsoft の「セキュリティ情報」ページが開きます。そこでの操作が終わったら、ブラウザーの戻るボタンでここに戻り、「完了しました」をタップしてください。
step-coming-next = そのページで表示される内容
step-back = 戻る
step-next = 次へ
step-finish = 完了しました
step-stuck = うまくいかない
step-nav = ステップ

illustration-settings-provider = パスキー プロバイダーがオンになっている設定画面
illustration-security-info-add = 「サインイン方法の追加」ボタンがある Microsoft の「セキュリティ情報」ページ
illustration-save-passkey = 顔、指紋、PIN を求めるパスキーの保存画面
illustration-security-key-touch = ノートパソコンに差し込んだセキュリティキーに触れる指
illustration-done = チェックマーク: パスキーの準備ができました
illustration-authenticator-account = 職場アカウントと「パスキーを作成」ボタンが表示された Microsoft Authenticator
illustration-samsung-save-another-way = パスキーの保存を提案する Samsung Pass の画面と、ボタンの下にある「別の方法で保存」
illustration-ios-autofill-settings = パスワードとパスキーの設定で Authenticator がオンになっている iPhone の設定画面
illustration-android-passkey-providers = パスワードとパスキーの設定で Authenticator がオンになっている Android の設定画面
illustration-security-info-phone = スマートフォンのブラウザーで開いた、「サインイン方法の追加」ボタンがある「セキュリティ情報」ページ
illustration-windows-save-passkey = 「OK」ボタンがある Windows の「パスキーの保存」画面
illustration-choose-security-key = 「セキュリティ キー」が選択された Windows の「パスキーの保存先を選択」画面
illustration-mac-save-passkey = Touch ID でパスキーを保存するよう求める Mac の画面
illustration-cross-device-qr = コンピューターに表示され、スマートフォンのカメラアプリで読み取る QR コード

## I'm stuck

stuck-title = どうしましたか？
stuck-intro = ステップ { $number }: { $step }。表示されている内容を選ぶと、対処方法を表示します。
stuck-something-else = ほかの問題ですか？ 下のヘルプデスクに連絡し、このページの一番下にあるコードを伝えてください。
stuck-fix-heading = 対処方法
stuck-other-problems = 別の問題
stuck-back-to-step = ステップに戻る
stuck-contact = まだ解決しない場合は、ヘルプデスクがお手伝いします。連絡先は下にあります。
stuck-contact-generic = まだ解決しない場合は、IT ヘルプデスクに連絡し、このページの一番下にあるコードを伝えてください。

## Done

done-confirm-title = うまくいきましたか？
done-confirm-body = Microsoft のページの「セキュリティ情報」にパスキーが表示されていれば、設定は完了です。
done-confirm-yes = はい、パスキーを設定できました
done-confirm-no = いいえ、うまくいきませんでした
done-title = 設定が完了しました
done-body = 次に { $company } にサインインするときは、「その他のサインイン方法」(または「サインイン オプション」){ -then }「顔、指紋、PIN、またはセキュリティ キー」を選び、顔、指紋、PIN を使ってください。
done-test-title = 今すぐ試す
done-test-body = ブラウザーでプライベート ウィンドウを開き、aka.ms/mysecurityinfo にアクセスして職場のメールアドレスを入力します。「その他のサインイン方法」(または「サインイン オプション」){ -then }「顔、指紋、PIN、またはセキュリティ キー」を選び、新しいパスキーを使ってください。サインインできれば、{ $company } へのサインインにいつでも使えます。できなかった場合は、1 ページ戻って「いいえ、うまくいきませんでした」をタップしてください。
done-next = このページは閉じてかまいません。

## Device chooser

devices-title = どのデバイスを使っていますか？
devices-intro = サインインに使うデバイスを選んでください。そのデバイス用の手順を表示します。
devices-all-ways = 組織で許可されているすべての方法

## Errors

error-not-found-title = ページが見つかりませんでした
error-not-found-body = メールのリンクを最後まですべて開いたか確認してください。それでも開けない場合は、IT ヘルプデスクに正しいリンクを問い合わせてください。
error-forbidden-title = このページは開けません
error-forbidden-body = 先にサインインするか、管理者にアクセス権を依頼してください。
error-busy-title = ただいまアクセスが集中しています
error-busy-body = 数秒待ってから、もう一度お試しください。
error-bad-request-title = リクエストの内容に問題があります
error-bad-request-body = 前のページに戻って、もう一度お試しください。何度も起きる場合は、IT ヘルプデスクに連絡してください。
error-internal-title = こちら側で問題が発生しました
error-internal-body = 1 分ほど待ってから、もう一度お試しください。何度も起きる場合は、IT ヘルプデスクに連絡し、下のリクエスト番号を伝えてください。
error-request-id = リクエスト番号:

## Shown by the page script

guide-ipad-notice = iPad をお使いですか？ iPad は Web サイトに対して自分を Mac として伝えます。
guide-ipad-link = iPad の手順を表示
step-no-passkey-warning = このブラウザーでは、このデバイスにパスキーを作成できません。画面ロックが設定されているか確認するか、スタートページから別の方法を選んでください。

## Helpdesk runbook

runbook-title = ヘルプデスク用ガイド: { $flow }
runbook-code-help = 問い合わせてきた人は、ページの一番下にある DEMO-IPH-IA-3 のようなコードを読み上げます。コードの内訳は、組織、デバイス (IPH iPhone、IPD iPad、SAM Samsung、AND Android、WIN Windows、MAC Mac、CRO Chromebook、LNX Linux)、手順ガイド (IA iPhone + Authenticator、IC iCloud キーチェーン、SA Samsung、AN Google パスワード マネージャー、AA Android + Authenticator、WH Windows Hello、MC Mac、SK セキュリティキー、XD コンピューター + スマートフォン、CH 未選択)、ステップ番号です。
runbook-open-guide = 相手が見ているガイドを開く
runbook-ask-heading = 最初に確認すること
runbook-ask-device = お使いのデバイスとシステムのバージョンを教えてください。(iPhone の場合:「設定」{ -then }「一般」{ -then }「情報」)
runbook-ask-code = ページの一番下に表示されているコードは何ですか？
runbook-ask-screen = 画面には正確に何と表示されていますか？ 一字一句そのまま読み上げてください。
runbook-ask-browser = リンクはメール アプリ、Teams、Safari・Chrome・Edge などのブラウザーのどれから開きましたか？
runbook-steps-heading = ステップと既知の問題
runbook-step = ステップ { $number }: { $title }
runbook-source = このステップに関するベンダーのドキュメント ({ $date } に確認)
handout-title = { $flow }: すべての手順
handout-qr = 読み取ると、この手順をスマートフォンで開けます:
handout-print-hint = 配布するには、このページを印刷してください (Ctrl+P または ⌘P)。
guide-print-all = すべての手順を印刷
runbook-others = その他の手順ガイド
guide-privacy-personal = このリンクは個人用です。このガイドを開いたことと、どこまで進んだかを { $company } に伝え、手順を進めている間は Cookie にこのリンクが保持されます。それ以外にあなたについて記録されることはありません。
