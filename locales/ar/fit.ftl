fit-asked-directly = وُجِّه إليك مباشرةً
fit-matches = يطابق { $skills }
fit-close-to = قريب من: { $skills }
fit-both-speak = كلاكما يتحدث { $languages }
fit-same-time-zone = المنطقة الزمنية نفسها
fit-hours-in-common =
    { $hours ->
        [zero] لا ساعات عمل مشتركة
        [one] ساعة عمل مشتركة واحدة
        [two] ساعتا عمل مشتركتان
        [few] { $hours } ساعات عمل مشتركة
        [many] { $hours } ساعة عمل مشتركة
       *[other] { $hours } ساعة عمل مشتركة
    }
fit-no-offers = لا عروض بعد
